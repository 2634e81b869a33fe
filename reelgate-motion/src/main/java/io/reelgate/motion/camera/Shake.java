package io.reelgate.motion.camera;

/**
 * A hand-held wobble: for each axis a sum of three sines at unrelated frequencies between 1 and 6
 * Hz (smooth, never repeating within a clip, without the jerk of random steps), faded in and out
 * over the first and last half second of the shot so that it starts and ends exactly at rest: no
 * net drift, no jump into the next shot.
 */
final class Shake {
  private static final double[] X_HZ = {1.7, 3.1, 5.3};
  private static final double[] X_PHASE = {0.3, 2.1, 4.4};
  private static final double[] Y_HZ = {2.3, 3.7, 4.9};
  private static final double[] Y_PHASE = {1.2, 5.0, 0.7};
  private static final double[] ROLL_HZ = {1.1, 2.9, 4.3};
  private static final double[] ROLL_PHASE = {2.6, 0.9, 3.8};
  private static final double[] WEIGHTS = {0.55, 0.3, 0.15};
  private static final double FADE_SECONDS = 0.5;

  private Shake() {}

  /**
   * The wobble at {@code seconds} into a shot of {@code shotSeconds}; {@code amplitude} is the
   * largest offset in pixels, {@code rollAmplitude} the largest roll in radians.
   */
  static CameraPose at(double seconds, double shotSeconds, double amplitude, double rollAmplitude) {
    double fade = Math.min(FADE_SECONDS, shotSeconds / 4);
    double envelope =
        Easing.easeInOut(seconds / fade) * Easing.easeInOut((shotSeconds - seconds) / fade);
    return new CameraPose(
        amplitude * envelope * wave(seconds, X_HZ, X_PHASE),
        amplitude * envelope * wave(seconds, Y_HZ, Y_PHASE),
        0,
        0,
        0,
        rollAmplitude * envelope * wave(seconds, ROLL_HZ, ROLL_PHASE),
        0);
  }

  private static double wave(double seconds, double[] hz, double[] phase) {
    double sum = 0;
    for (int i = 0; i < hz.length; i++) {
      sum += WEIGHTS[i] * Math.sin(2 * Math.PI * hz[i] * seconds + phase[i]);
    }
    return sum;
  }
}
