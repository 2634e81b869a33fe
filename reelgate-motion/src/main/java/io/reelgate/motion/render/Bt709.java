package io.reelgate.motion.render;

/**
 * sRGB to Y'CbCr with the BT.709 matrix in limited ("TV") range, what H.264 players expect from a
 * stream tagged BT.709: Y' 16-235, Cb and Cr 16-240. The sRGB and BT.709 transfer curves are close
 * enough that, like every encoder pipeline, the gamma-encoded values are carried over unchanged.
 * The conversion is affine, so the mean of converted colours is the conversion of their mean: a
 * picture is shrunk in RGB and converted once per working pixel.
 */
final class Bt709 {
  private static final double KR = 0.2126;
  private static final double KB = 0.0722;
  private static final double KG = 1 - KR - KB;
  private static final float Y_SCALE = (float) (219.0 / 255);
  private static final float YR = (float) (KR * Y_SCALE);
  private static final float YG = (float) (KG * Y_SCALE);
  private static final float YB = (float) (KB * Y_SCALE);
  private static final double CB_SCALE = 224.0 / 255 / (2 * (1 - KB));
  private static final double CR_SCALE = 224.0 / 255 / (2 * (1 - KR));
  private static final float UR = (float) (-KR * CB_SCALE);
  private static final float UG = (float) (-KG * CB_SCALE);
  private static final float UB = (float) ((1 - KB) * CB_SCALE);
  private static final float VR = (float) ((1 - KR) * CR_SCALE);
  private static final float VG = (float) (-KG * CR_SCALE);
  private static final float VB = (float) (-KB * CR_SCALE);

  private Bt709() {}

  /** Y' of a colour given as red, green and blue, 0 to 255 each (fractions allowed: a mean). */
  static float y(float r, float g, float b) {
    return 16 + YR * r + YG * g + YB * b;
  }

  /** Cb of a colour given as red, green and blue, 0 to 255 each. */
  static float u(float r, float g, float b) {
    return 128 + UR * r + UG * g + UB * b;
  }

  /** Cr of a colour given as red, green and blue, 0 to 255 each. */
  static float v(float r, float g, float b) {
    return 128 + VR * r + VG * g + VB * b;
  }
}
