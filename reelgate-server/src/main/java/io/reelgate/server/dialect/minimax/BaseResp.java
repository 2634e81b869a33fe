package io.reelgate.server.dialect.minimax;

/**
 * The {@code base_resp} that ends every MiniMax answer: {@code 0, "success"} when the call worked,
 * otherwise one of MiniMax's codes (see {@link MiniMaxErrors}) and a message.
 */
record BaseResp(int statusCode, String statusMsg) {
  static final BaseResp SUCCESS = new BaseResp(0, "success");
}
