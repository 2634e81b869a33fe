package io.reelgate.motion.render;

import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The size of the video a job makes. Hailuo 2.x ({@link VideoFormat.FrameSizes#PICTURE_SHAPE}):
 * the short side is the resolution's P number and both sides are even (H.264 4:2:0 needs even
 * sides); with a picture and an adaptive ratio the video keeps the picture's aspect ratio, without
 * a picture (text-to-video) it is 16:9, so 768P is 1366x768; a concrete ratio gives the long side
 * (720P 9:16 is 720x1280). MiniMax-H3 ({@link VideoFormat.FrameSizes#MULTIPLES_OF_32}): see {@link
 * H3FrameSize}; an adaptive ratio is the allowed ratio nearest the picture's (16:9 for text).
 */
public record OutputSize(int width, int height) {
  public OutputSize {
    if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("an output size has positive even sides, got " + width + "x" + height);
    }
  }

  /** The frame of a Hailuo 2.x video filmed from a picture of {@code imageWidth x imageHeight}. */
  public static OutputSize of(int imageWidth, int imageHeight, Resolution resolution) {
    return of(imageWidth, imageHeight, resolution.shortSide());
  }

  /** As {@link #of(int, int, Resolution)}, {@code shortSide} pixels on its short side. */
  public static OutputSize of(int imageWidth, int imageHeight, int shortSide) {
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("a picture has positive sides, got " + imageWidth + "x" + imageHeight);
    }
    if (imageWidth >= imageHeight) {
      return new OutputSize(nearestEven((double) shortSide * imageWidth / imageHeight), shortSide);
    }
    return new OutputSize(shortSide, nearestEven((double) shortSide * imageHeight / imageWidth));
  }

  /** The 16:9 frame of a Hailuo 2.x text-to-video clip: 1366x768 at 768P, 1920x1080 at 1080P. */
  public static OutputSize textToVideo(Resolution resolution) {
    return textToVideo(resolution.shortSide());
  }

  /** The 16:9 frame of a Hailuo 2.x text-to-video clip {@code shortSide} pixels high. */
  public static OutputSize textToVideo(int shortSide) {
    return of(16, 9, shortSide);
  }

  /**
   * The frame of a video in {@code format} filmed from a picture of {@code imageWidth x
   * imageHeight}, nominally {@code shortSide} pixels on its short side.
   */
  public static OutputSize of(VideoFormat format, int shortSide, int imageWidth, int imageHeight) {
    if (keepsPictureShape(format)) {
      return of(imageWidth, imageHeight, shortSide);
    }
    Ratio ratio = format.ratio() == Ratio.ADAPTIVE ? nearestRatio(imageWidth, imageHeight) : format.ratio();
    return inRatio(format, ratio, shortSide);
  }

  /** Whether a picture is filmed whole, in its own shape with even sides (Hailuo's adaptive frame). */
  static boolean keepsPictureShape(VideoFormat format) {
    return format.ratio() == Ratio.ADAPTIVE && format.sizes() == VideoFormat.FrameSizes.PICTURE_SHAPE;
  }

  /** The frame of a text-to-video clip in {@code format}: 16:9 when the ratio is adaptive. */
  public static OutputSize textToVideo(VideoFormat format, int shortSide) {
    return inRatio(format, format.ratio() == Ratio.ADAPTIVE ? Ratio.R16_9 : format.ratio(), shortSide);
  }

  /**
   * The concrete ratio nearest a picture's shape (by the logarithm of the aspect ratio, so that 2:1
   * is as far from 1:1 as 1:2): what an adaptive H3 clip is framed in.
   */
  public static Ratio nearestRatio(int imageWidth, int imageHeight) {
    double aspect = Math.log((double) imageWidth / imageHeight);
    return Arrays.stream(Ratio.values())
        .filter(r -> r != Ratio.ADAPTIVE)
        .min(Comparator.comparingDouble(r -> Math.abs(Math.log((double) r.width() / r.height()) - aspect)))
        .orElseThrow();
  }

  private static OutputSize inRatio(VideoFormat format, Ratio ratio, int shortSide) {
    return format.sizes() == VideoFormat.FrameSizes.MULTIPLES_OF_32
        ? H3FrameSize.of(ratio, shortSide)
        : of(ratio.width(), ratio.height(), shortSide);
  }

  /** Width over height. */
  public double aspect() {
    return (double) width / height;
  }

  private static int nearestEven(double side) {
    return Math.max(2, 2 * (int) Math.round(side / 2));
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
