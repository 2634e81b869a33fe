package io.reelgate.client;

/** The API dialects a {@link VideoClient} speaks; Reelgate speaks all four. */
public enum Dialect {
  /** Novita AI and HighwayAPI: {@code /v3/async/...}, {@code Authorization: Bearer <key>}. */
  NOVITA,
  /** Evolink: {@code /v1/videos/generations}, {@code /v1/tasks/{id}}, {@code Authorization: Bearer <key>}. */
  EVOLINK,
  /** GPTProto: {@code /api/v3/minimax/{model}/{scene}}, {@code Authorization: <key>}. */
  GPTPROTO,
  /** MiniMax's own API: {@code /v1/video_generation}, errors in {@code base_resp}. */
  MINIMAX
}
