package io.reelgate.client;

/** The API dialects a {@link VideoClient} speaks; Reelgate speaks them all. */
public enum Dialect {
  /** Novita AI and HighwayAPI: {@code /v3/async/...}, {@code Authorization: Bearer <key>}. */
  NOVITA,
  /** Evolink: {@code /v1/videos/generations}, {@code /v1/tasks/{id}}, {@code Authorization: Bearer <key>}. */
  EVOLINK,
  /** GPTProto: {@code /api/v3/minimax/{model}/{scene}}, {@code Authorization: <key>}. */
  GPTPROTO,
  /** MiniMax's own API: {@code /v1/video_generation}, errors in {@code base_resp}. */
  MINIMAX,
  /**
   * MiniMax's V2 API for MiniMax-H3: {@code /v2/video_generation}, a {@code content} array. Novita's
   * H3 is the same API under {@code /v3/minimax}: use {@code https://api.novita.ai/v3/minimax} as the base URL.
   */
  MINIMAX_V2,
  /** The OpenAI Videos API shape: {@code /v1/videos}, {@code seconds} and {@code size}. */
  OPENAI
}
