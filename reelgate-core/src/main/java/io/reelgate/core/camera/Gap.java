package io.reelgate.core.camera;

/** What the text between two camera phrases (or a camera word and a phrase) says about them. */
enum Gap {
  /** Only filler such as "slowly", "then", "然后": the second move follows the first. */
  SEQUENCE,
  /** Filler with "while", "as", "同时", "一边": the second move runs with the first. */
  SIMULTANEOUS,
  /** Anything else: a new sentence, another subject; the phrases are unrelated. */
  BROKEN
}
