package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;
import java.awt.image.BufferedImage;

/**
 * The picture as frames sample it: 8-bit YUV planes (BT.709, limited range, as the video is
 * encoded), luma at {@code width x height} and chroma at half that in each direction. Made once per
 * job, so converting colour and shrinking cost nothing per frame.
 */
public final class WorkingPicture {
  final int width;
  final int height;
  final byte[] y;
  final byte[] u;
  final byte[] v;

  private WorkingPicture(int width, int height, byte[] y, byte[] u, byte[] v) {
    this.width = width;
    this.height = height;
    this.y = y;
    this.u = u;
    this.v = v;
  }

  /**
   * Converts the {@code crop} of {@code image} and scales it to {@code width x height} (even). A
   * shrink is area averaging: each working pixel is the mean of the source area it covers, partial
   * pixels weighted by their share, which keeps fine textures from aliasing. A crop smaller than
   * that (a last frame smaller than the first) is converted at its own size, then enlarged
   * bilinearly.
   */
  public static WorkingPicture of(BufferedImage image, Crop crop, int width, int height) {
    if (width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("a working picture has even sides, got " + width + "x" + height);
    }
    if (width > crop.width() || height > crop.height()) {
      double fit = Math.min((double) crop.width() / width, (double) crop.height() / height);
      int smallWidth = Math.max(2, 2 * (int) Math.floor(width * fit / 2));
      int smallHeight = Math.max(2, 2 * (int) Math.floor(height * fit / 2));
      return shrunk(image, crop, smallWidth, smallHeight).enlarged(width, height);
    }
    return shrunk(image, crop, width, height);
  }

  private static WorkingPicture shrunk(BufferedImage image, Crop crop, int width, int height) {
    int cw = width / 2;
    int ch = height / 2;
    AreaWeights lumaColumns = AreaWeights.of(crop.width(), width);
    AreaWeights lumaRows = AreaWeights.of(crop.height(), height);
    AreaWeights chromaColumns = AreaWeights.of(crop.width(), cw);
    AreaWeights chromaRows = AreaWeights.of(crop.height(), ch);
    float[] sumY = new float[width * height];
    float[] sumU = new float[cw * ch];
    float[] sumV = new float[cw * ch];
    float[] rowY = new float[crop.width()];
    float[] rowU = new float[crop.width()];
    float[] rowV = new float[crop.width()];
    float[] narrowY = new float[width];
    float[] narrowU = new float[cw];
    float[] narrowV = new float[cw];
    RowReader reader = new RowReader(image, crop.x(), crop.width());
    // One source row at a time: convert, shrink across, add into the one or two working rows it
    // covers. Memory stays at the size of the working copy, whatever the photo's size.
    for (int r = 0; r < crop.height(); r++) {
      int[] rgb = reader.row(crop.y() + r);
      Bt709.toYuv(rgb, rowY, rowU, rowV);
      lumaColumns.shrink(rowY, narrowY);
      chromaColumns.shrink(rowU, narrowU);
      chromaColumns.shrink(rowV, narrowV);
      lumaRows.accumulate(r, narrowY, sumY, width);
      chromaRows.accumulate(r, narrowU, sumU, cw);
      chromaRows.accumulate(r, narrowV, sumV, cw);
    }
    return new WorkingPicture(width, height, toBytes(sumY), toBytes(sumU), toBytes(sumV));
  }

  /** The centred part of a {@code sourceWidth x sourceHeight} picture with the given aspect ratio. */
  public static Crop coverCrop(int sourceWidth, int sourceHeight, double aspect) {
    if ((double) sourceWidth / sourceHeight > aspect) {
      int w = Math.max(1, (int) Math.round(sourceHeight * aspect));
      return new Crop((sourceWidth - w) / 2, 0, w, sourceHeight);
    }
    int h = Math.max(1, (int) Math.round(sourceWidth / aspect));
    return new Crop(0, (sourceHeight - h) / 2, sourceWidth, h);
  }

  private WorkingPicture enlarged(int newWidth, int newHeight) {
    YuvFrame frame = new YuvFrame(newWidth, newHeight);
    // Output pixel centre i + 0.5 lands at (i + 0.5) * old / new in the old picture's pixel units.
    double sx = (double) width / newWidth;
    double sy = (double) height / newHeight;
    Homography map = Homography.scaleThenTranslate(sx, sy, sx / 2 - 0.5, sy / 2 - 0.5);
    FrameSampler.sample(this, map, map, frame);
    return new WorkingPicture(newWidth, newHeight, frame.y, frame.u, frame.v);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  private static byte[] toBytes(float[] values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      int value = Math.round(values[i]);
      bytes[i] = (byte) (value < 0 ? 0 : Math.min(value, 255));
    }
    return bytes;
  }

  /** A rectangle of a picture, in whole pixels. */
  public record Crop(int x, int y, int width, int height) {
    public static Crop whole(BufferedImage image) {
      return new Crop(0, 0, image.getWidth(), image.getHeight());
    }
  }
}
