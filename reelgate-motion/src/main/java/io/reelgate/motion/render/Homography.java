package io.reelgate.motion.render;

/**
 * A 3x3 projective map of the plane, {@code (x, y) -> ((m00 x + m01 y + m02) / w, (m10 x + m11 y +
 * m12) / w)} with {@code w = m20 x + m21 y + m22}. Rotating cameras need the divide; everything else
 * is affine ({@code m20 = m21 = 0}).
 */
record Homography(
    double m00, double m01, double m02,
    double m10, double m11, double m12,
    double m20, double m21, double m22) {

  public static final Homography IDENTITY = new Homography(1, 0, 0, 0, 1, 0, 0, 0, 1);

  /** {@code (x, y) -> (sx x + tx, sy y + ty)}. */
  public static Homography scaleThenTranslate(double sx, double sy, double tx, double ty) {
    return new Homography(sx, 0, tx, 0, sy, ty, 0, 0, 1);
  }

  /** The map that applies {@code first}, then this one. */
  public Homography after(Homography first) {
    Homography a = this;
    Homography b = first;
    return new Homography(
        a.m00 * b.m00 + a.m01 * b.m10 + a.m02 * b.m20,
        a.m00 * b.m01 + a.m01 * b.m11 + a.m02 * b.m21,
        a.m00 * b.m02 + a.m01 * b.m12 + a.m02 * b.m22,
        a.m10 * b.m00 + a.m11 * b.m10 + a.m12 * b.m20,
        a.m10 * b.m01 + a.m11 * b.m11 + a.m12 * b.m21,
        a.m10 * b.m02 + a.m11 * b.m12 + a.m12 * b.m22,
        a.m20 * b.m00 + a.m21 * b.m10 + a.m22 * b.m20,
        a.m20 * b.m01 + a.m21 * b.m11 + a.m22 * b.m21,
        a.m20 * b.m02 + a.m21 * b.m12 + a.m22 * b.m22);
  }

  public double mapX(double x, double y) {
    return (m00 * x + m01 * y + m02) / (m20 * x + m21 * y + m22);
  }

  public double mapY(double x, double y) {
    return (m10 * x + m11 * y + m12) / (m20 * x + m21 * y + m22);
  }

  /** The divisor at a point: positive where the point lies in front of the camera. */
  public double mapW(double x, double y) {
    return m20 * x + m21 * y + m22;
  }

  /** The map that undoes this one. */
  public Homography inverse() {
    double c00 = m11 * m22 - m12 * m21;
    double c01 = m02 * m21 - m01 * m22;
    double c02 = m01 * m12 - m02 * m11;
    double c10 = m12 * m20 - m10 * m22;
    double c11 = m00 * m22 - m02 * m20;
    double c12 = m02 * m10 - m00 * m12;
    double c20 = m10 * m21 - m11 * m20;
    double c21 = m01 * m20 - m00 * m21;
    double c22 = m00 * m11 - m01 * m10;
    double determinant = m00 * c00 + m01 * c10 + m02 * c20;
    if (determinant == 0) throw new IllegalStateException("a degenerate map has no inverse");
    double k = 1 / determinant;
    return new Homography(
        c00 * k, c01 * k, c02 * k, c10 * k, c11 * k, c12 * k, c20 * k, c21 * k, c22 * k);
  }

  public boolean isAffine() {
    return m20 == 0 && m21 == 0;
  }

  /** The same map with {@code m22 = 1}, so that an affine map needs no divide. */
  public Homography normalized() {
    double k = 1 / m22;
    return new Homography(
        m00 * k, m01 * k, m02 * k, m10 * k, m11 * k, m12 * k, m20 * k, m21 * k, 1);
  }

  /**
   * The map a share {@code share} (0 to 1) of the way from this one to {@code other}, both
   * normalized: each point lands on a weighted mean of where the two maps put it (weights {@code
   * 1 - share} and {@code share} times each map's divisor, positive in front of the camera), so a
   * frame that both maps keep inside the picture stays inside it all the way.
   */
  public Homography towards(Homography other, double share) {
    Homography a = normalized();
    Homography b = other.normalized();
    double keep = 1 - share;
    return new Homography(
        keep * a.m00 + share * b.m00, keep * a.m01 + share * b.m01, keep * a.m02 + share * b.m02,
        keep * a.m10 + share * b.m10, keep * a.m11 + share * b.m11, keep * a.m12 + share * b.m12,
        keep * a.m20 + share * b.m20, keep * a.m21 + share * b.m21, 1);
  }
}
