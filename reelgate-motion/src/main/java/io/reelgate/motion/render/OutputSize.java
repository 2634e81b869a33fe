package io.reelgate.motion.render;

import io.reelgate.core.model.Resolution;

/**
 * The size of the video a job makes. With a picture the video keeps the picture's aspect ratio,
 * its short side is the resolution's P number and both sides are even (H.264 4:2:0 needs even
 * sides); without a picture (text-to-video) it is 16:9, so 768P is 1366x768.
 */
public record OutputSize(int width, int height) {
  public OutputSize {
    if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("an output size has positive even sides, got " + width + "x" + height);
    }
  }

  /** The frame of a video filmed from a picture of {@code imageWidth x imageHeight}. */
  public static OutputSize of(int imageWidth, int imageHeight, Resolution resolution) {
    return of(imageWidth, imageHeight, resolution.shortSide());
  }

  /** The frame of a video filmed from a picture of {@code imageWidth x imageHeight}, {@code shortSide} pixels on its short side. */
  public static OutputSize of(int imageWidth, int imageHeight, int shortSide) {
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("a picture has positive sides, got " + imageWidth + "x" + imageHeight);
    }
    if (imageWidth >= imageHeight) {
      return new OutputSize(nearestEven((double) shortSide * imageWidth / imageHeight), shortSide);
    }
    return new OutputSize(shortSide, nearestEven((double) shortSide * imageHeight / imageWidth));
  }

  /** The 16:9 frame of a text-to-video clip: 1366x768 at 768P, 1920x1080 at 1080P. */
  public static OutputSize textToVideo(Resolution resolution) {
    return textToVideo(resolution.shortSide());
  }

  /** The 16:9 frame of a text-to-video clip {@code shortSide} pixels high. */
  public static OutputSize textToVideo(int shortSide) {
    return of(16, 9, shortSide);
  }

  private static int nearestEven(double side) {
    return Math.max(2, 2 * (int) Math.round(side / 2));
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
