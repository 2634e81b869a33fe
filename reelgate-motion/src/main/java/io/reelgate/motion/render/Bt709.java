package io.reelgate.motion.render;

/**
 * sRGB to Y'CbCr with the BT.709 matrix in limited ("TV") range, what H.264 players expect from a
 * stream tagged BT.709: Y' 16-235, Cb and Cr 16-240. The sRGB and BT.709 transfer curves are close
 * enough that, like every encoder pipeline, the gamma-encoded values are carried over unchanged.
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

  /** Converts packed 0xRRGGBB pixels (alpha ignored) into Y, Cb and Cr values. */
  static void toYuv(int[] rgb, float[] y, float[] u, float[] v) {
    for (int i = 0; i < y.length; i++) {
      int p = rgb[i];
      float r = (p >> 16) & 255;
      float g = (p >> 8) & 255;
      float b = p & 255;
      y[i] = 16 + YR * r + YG * g + YB * b;
      u[i] = 128 + UR * r + UG * g + UB * b;
      v[i] = 128 + VR * r + VG * g + VB * b;
    }
  }
}
