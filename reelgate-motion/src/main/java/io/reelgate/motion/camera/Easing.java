package io.reelgate.motion.camera;

/** Speed profiles of a move over its shot, {@code t} from 0 to 1, each going from 0 to 1. */
final class Easing {
  private Easing() {}

  /**
   * Smootherstep (6t^5 - 15t^4 + 10t^3): starts and stops with zero speed and zero acceleration,
   * as a camera operator eases a move in and out, so consecutive shots join without a jolt.
   */
  static double easeInOut(double t) {
    double c = clamp01(t);
    return c * c * c * (c * (c * 6 - 15) + 10);
  }

  /**
   * Constant speed with short ramps ({@code ramp} of the shot at each end, velocity growing
   * linearly): the feel of a servo zoom, which runs at one rate once started.
   */
  static double constantSpeed(double t, double ramp) {
    double c = clamp01(t);
    double peak = 1 / (1 - ramp); // the speed at which the area under the trapezoid is 1
    if (c < ramp) return peak * c * c / (2 * ramp);
    if (c > 1 - ramp) {
      double r = 1 - c;
      return 1 - peak * r * r / (2 * ramp);
    }
    return peak * (c - ramp / 2);
  }

  static double clamp01(double t) {
    return t < 0 ? 0 : Math.min(t, 1);
  }
}
