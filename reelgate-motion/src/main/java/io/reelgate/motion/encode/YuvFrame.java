package io.reelgate.motion.encode;

/**
 * One picture in 8-bit YUV 4:2:0 (the layout H.264 encodes): a full-size luma plane and two
 * half-size chroma planes, each packed with no padding. Reused from frame to frame, so a frame
 * costs no allocation.
 */
public final class YuvFrame {
  public final int width;
  public final int height;
  /** Luma, {@code width * height} bytes, row after row. */
  public final byte[] y;
  /** Cb, {@code (width / 2) * (height / 2)} bytes. */
  public final byte[] u;
  /** Cr, {@code (width / 2) * (height / 2)} bytes. */
  public final byte[] v;

  public YuvFrame(int width, int height) {
    if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("YUV 4:2:0 needs positive even sides, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.y = new byte[width * height];
    this.u = new byte[(width / 2) * (height / 2)];
    this.v = new byte[(width / 2) * (height / 2)];
  }

  public int chromaWidth() {
    return width / 2;
  }

  public int chromaHeight() {
    return height / 2;
  }
}
