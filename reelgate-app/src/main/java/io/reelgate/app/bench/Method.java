package io.reelgate.app.bench;

/** The ways of making the same push-in clip that the benchmark sets side by side. */
enum Method {
  IN_PROCESS("Reelgate engine, in-process (render + encode)"),
  PROCESS("Reelgate, whole `reelgate render` process"),
  ZOOMPAN("ffmpeg zoompan"),
  ZOOMPAN_PRESCALED("ffmpeg zoompan, 8x pre-scale"),
  FLOOR("floor: libx264 alone, frames pre-rendered");

  final String label;

  Method(String label) {
    this.label = label;
  }
}
