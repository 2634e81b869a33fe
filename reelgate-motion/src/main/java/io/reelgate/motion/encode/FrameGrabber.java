package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Colour stills of a video: the frames asked for, decoded and scaled, as RGB pictures. */
public final class FrameGrabber {
  private FrameGrabber() {}

  /**
   * The frames of {@code mp4} whose indices (in display order, from 0) are in {@code wanted}, in
   * that order, scaled to {@code targetWidth} (even) with the height that keeps the aspect ratio.
   * Every frame is decoded (H.264 frames depend on the ones before); only the wanted are kept.
   */
  public static List<BufferedImage> frames(Path mp4, int targetWidth, Set<Integer> wanted) throws IOException {
    if (targetWidth <= 0 || targetWidth % 2 != 0) {
      throw new IllegalArgumentException("target width must be positive and even, got " + targetWidth);
    }
    List<BufferedImage> stills = new ArrayList<>();
    try (VideoInput input = VideoInput.open(mp4);
        LumaDecoder decoder =
            new LumaDecoder(input.videoStream(), targetWidth, AV_PIX_FMT_RGB24, (index, rgb, width, height) -> {
              if (wanted.contains(index)) stills.add(picture(rgb, width, height));
            })) {
      decoder.decodeAll(input);
    }
    return stills;
  }

  private static BufferedImage picture(byte[] rgb, int width, int height) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] pixels = new int[width * height];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (rgb[3 * i] & 0xff) << 16 | (rgb[3 * i + 1] & 0xff) << 8 | (rgb[3 * i + 2] & 0xff);
    }
    picture.setRGB(0, 0, width, height, pixels, 0, width);
    return picture;
  }
}
