package io.reelgate.motion.render;

import io.reelgate.motion.encode.YuvFrame;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The picture as frames sample it: 8-bit YUV planes (BT.709, limited range, as the video is
 * encoded), luma at {@code width x height} and chroma at half that in each direction. Made once per
 * job, so converting colour and shrinking cost nothing per frame.
 */
final class WorkingPicture {
  /** From this many source pixels on, two threads shrink the picture. */
  private static final long PARALLEL_PIXELS = 1_000_000;

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
    Shrink shrink =
        new Shrink(image, crop, AreaWeights.of(crop.width(), width), AreaWeights.of(crop.height(), height));
    // A large photo is shrunk on two threads, each making half of the working rows (an even number,
    // so that chroma rows are not split): the encoder has not started yet, so a core would idle.
    int half = height / 4 * 2;
    if ((long) crop.width() * crop.height() < PARALLEL_PIXELS || half == 0) {
      shrink.rows(0, height);
    } else {
      FutureTask<Void> lower = new FutureTask<>(() -> shrink.rows(half, height), null);
      Thread.ofPlatform().name("reelgate-shrink").daemon().start(lower);
      shrink.rows(0, half);
      try {
        lower.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) throw runtime;
        if (e.getCause() instanceof Error error) throw error;
        throw new IllegalStateException("shrinking the picture failed", e.getCause());
      } catch (InterruptedException e) {
        lower.cancel(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while shrinking the picture", e);
      }
    }
    return new WorkingPicture(width, height, shrink.y, shrink.u, shrink.v);
  }

  /**
   * Area-averages a crop of a picture into working rows. Each working row is the weighted sum of
   * the source rows it covers, each of them first shrunk across (in RGB, integer sums of whole
   * pixels); a source row shared by two working rows is shrunk once and carried over. Finished
   * rows are converted to YUV at once, chroma from the mean of 2x2 working pixels (the same area
   * as shrinking the source to half size), so memory stays at a few rows besides the working copy,
   * whatever the photo's size. {@link #rows} may run on several threads for disjoint row ranges.
   */
  private static final class Shrink {
    private final BufferedImage image;
    private final Crop crop;
    private final AreaWeights columns;
    private final AreaWeights rows;
    final byte[] y;
    final byte[] u;
    final byte[] v;

    Shrink(BufferedImage image, Crop crop, AreaWeights columns, AreaWeights rows) {
      this.image = image;
      this.crop = crop;
      this.columns = columns;
      this.rows = rows;
      this.y = new byte[columns.out * rows.out];
      this.u = new byte[columns.out / 2 * (rows.out / 2)];
      this.v = new byte[u.length];
    }

    /** Makes working rows {@code from} (even) to {@code to - 1}. */
    void rows(int from, int to) {
      int width = columns.out;
      float[][] row = new float[3][width];
      float[][] even = new float[3][width];
      float[][] shared = new float[3][width];
      int sharedRow = -1;
      RowReader reader = new RowReader(image, crop.x(), crop.width());
      for (int j = from; j < to; j++) {
        for (float[] channel : row) java.util.Arrays.fill(channel, 0f);
        if (rows.left(j) > 0) {
          if (sharedRow != rows.from(j) - 1) {
            sharedRow = rows.from(j) - 1;
            shrinkRow(reader, sharedRow, shared);
          }
          addScaled(shared, rows.left(j), row);
        }
        for (int i = rows.from(j); i < rows.to(j); i++) {
          columns.addShrunk(reader.row(crop.y() + i), rows.whole, row[0], row[1], row[2]);
        }
        if (rows.right(j) > 0) {
          sharedRow = rows.to(j);
          shrinkRow(reader, sharedRow, shared);
          addScaled(shared, rows.right(j), row);
        }
        emitLuma(j, row);
        if (j % 2 == 0) {
          float[][] swap = even;
          even = row;
          row = swap;
        } else {
          emitChroma(j / 2, even, row);
        }
      }
    }

    private void shrinkRow(RowReader reader, int i, float[][] into) {
      for (float[] channel : into) java.util.Arrays.fill(channel, 0f);
      columns.addShrunk(reader.row(crop.y() + i), 1, into[0], into[1], into[2]);
    }

    private static void addScaled(float[][] source, float weight, float[][] into) {
      for (int c = 0; c < 3; c++) {
        float[] s = source[c];
        float[] t = into[c];
        for (int x = 0; x < t.length; x++) t[x] += s[x] * weight;
      }
    }

    private void emitLuma(int j, float[][] rgb) {
      int offset = j * columns.out;
      for (int x = 0; x < columns.out; x++) {
        y[offset + x] = toByte(Bt709.y(rgb[0][x], rgb[1][x], rgb[2][x]));
      }
    }

    private void emitChroma(int j, float[][] upper, float[][] lower) {
      int cw = columns.out / 2;
      int offset = j * cw;
      for (int x = 0; x < cw; x++) {
        int l = 2 * x;
        float r = (upper[0][l] + upper[0][l + 1] + lower[0][l] + lower[0][l + 1]) * 0.25f;
        float g = (upper[1][l] + upper[1][l + 1] + lower[1][l] + lower[1][l + 1]) * 0.25f;
        float b = (upper[2][l] + upper[2][l + 1] + lower[2][l] + lower[2][l + 1]) * 0.25f;
        u[offset + x] = toByte(Bt709.u(r, g, b));
        v[offset + x] = toByte(Bt709.v(r, g, b));
      }
    }
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
    new FrameSampler().sample(this, map, map, frame);
    return new WorkingPicture(newWidth, newHeight, frame.y, frame.u, frame.v);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  private static byte toByte(float value) {
    int rounded = Math.round(value);
    return (byte) (rounded < 0 ? 0 : Math.min(rounded, 255));
  }

  /** A rectangle of a picture, in whole pixels. */
  public record Crop(int x, int y, int width, int height) {
    public static Crop whole(BufferedImage image) {
      return new Crop(0, 0, image.getWidth(), image.getHeight());
    }
  }
}
