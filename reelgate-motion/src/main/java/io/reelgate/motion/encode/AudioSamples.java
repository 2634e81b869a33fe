package io.reelgate.motion.encode;

/**
 * The decoded sound of a stereo stream, as {@link VideoProbe#decodeAudio} reads it: samples in
 * [-1, 1] per channel, the encoder's priming already dropped.
 */
public record AudioSamples(int sampleRate, float[] left, float[] right) {
  /** Root mean square of both channels, in dB relative to full scale (a full-scale sine is -3 dB). */
  public double rmsDbfs() {
    double sum = 0;
    for (int i = 0; i < left.length; i++) {
      sum += (double) left[i] * left[i] + (double) right[i] * right[i];
    }
    return 10 * Math.log10(sum / (2.0 * left.length));
  }

  /** The largest absolute sample of either channel. */
  public double peak() {
    double peak = 0;
    for (int i = 0; i < left.length; i++) {
      peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
    }
    return peak;
  }

  public double seconds() {
    return (double) left.length / sampleRate;
  }
}
