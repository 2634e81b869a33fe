package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.util.Locale;

/**
 * The input-image rules all providers document: JPG/JPEG, PNG or WebP; at most 20 MB; short side
 * greater than 300 px; aspect ratio between 2:5 and 5:2.
 *
 * <p>Choices where the documents are loose: "20 MB" is read as 20 MiB (20,971,520 bytes), the
 * more lenient reading. The aspect bounds are inclusive (a 1000x400 picture passes): MiniMax says
 * "between", GPTProto "greater than 2:5 and less than 5:2"; refusing an exact 5:2 would refuse
 * pictures the origin accepts. The short-side bound is exclusive, as every provider writes it.
 *
 * <p>One rule is Reelgate's own: at most {@link #MAX_PIXELS}, because Reelgate decodes the
 * picture itself and a small file can declare a huge size (a decompression bomb).
 */
public final class ImageRules {
  /** The largest picture taken, in bytes. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;
  static final int MIN_SHORT_SIDE_EXCLUSIVE = 300;
  /** 50 megapixels: more than any phone camera's largest mode, 200 MB once decoded. */
  static final long MAX_PIXELS = 50_000_000L;
  static final int H3_MAX_SIDE = 5760;
  /**
   * The most of a picture the motion engine ever uses, as a short side: its working copy holds the
   * widest frame of the clip at one pixel per output pixel, at most 1.26 times the short side of
   * 1080P (a truck or a pan that sees more of the picture than one frame). Its tests check this.
   */
  public static final int MAX_SAMPLED_SHORT_SIDE = 1404;
  /** {@link #MAX_SAMPLED_SHORT_SIDE} over the short side of 1080P: the most of a picture per video pixel. */
  private static final double SAMPLED_OVER_VIDEO = 1.3;
  /**
   * Pictures are decoded at most this large on their short side: a larger one is read subsampled
   * (every n-th pixel of every n-th row) to between {@link #MAX_SAMPLED_SHORT_SIDE} and this, so
   * that the engine gets all it uses and the decoder never holds a 50-megapixel raster.
   */
  static final int MAX_DECODED_SHORT_SIDE = 2 * MAX_SAMPLED_SHORT_SIDE;
  /** The long side at the widest accepted aspect ratio, 5:2: at most 19.7 megapixels decoded. */
  static final int MAX_DECODED_LONG_SIDE = MAX_DECODED_SHORT_SIDE * 5 / 2;

  private ImageRules() {}

  /**
   * The most of a picture the engine uses for a video with {@code videoShortSide} pixels on its
   * short side, as a short side: the same 1.3 times as {@link #MAX_SAMPLED_SHORT_SIDE} for 1080P,
   * and never more than that.
   */
  public static int sampledShortSide(int videoShortSide) {
    return Math.min(MAX_SAMPLED_SHORT_SIDE, (int) Math.ceil(videoShortSide * SAMPLED_OVER_VIDEO));
  }

  /** @throws InvalidFieldException naming {@code field} and the measured value that broke a rule */
  public static void check(String field, ImageInfo info) {
    if (info.bytes() > MAX_BYTES) {
      throw new InvalidFieldException(
          field,
          String.format(
              Locale.ROOT,
              "the image is %.1f MB (%,d bytes); it must be at most 20 MB (%,d bytes)",
              info.bytes() / 1048576.0,
              info.bytes(),
              MAX_BYTES));
    }
    int shortSide = Math.min(info.width(), info.height());
    int longSide = Math.max(info.width(), info.height());
    if (shortSide <= MIN_SHORT_SIDE_EXCLUSIVE) {
      throw new InvalidFieldException(
          field,
          "short side is " + shortSide + " px (" + size(info) + "); it must be greater than 300 px");
    }
    // long/short <= 5/2, in integers so that an exact 5:2 is not lost to rounding.
    if (2L * longSide > 5L * shortSide) {
      throw new InvalidFieldException(
          field,
          "aspect ratio is " + ratio(info) + " (" + size(info) + "); it must be between 2:5 and 5:2");
    }
    if ((long) info.width() * info.height() > MAX_PIXELS) {
      throw new InvalidFieldException(
          field, "the image is " + size(info) + "; Reelgate takes at most 50 megapixels");
    }
  }

  /**
   * MiniMax V2's further limit for every picture of an H3 request (first and last frames, references):
   * no side over 5760 px. Its other limits (sides of at least 256 px, w/h 0.4-2.5, 30 MB) are
   * met by {@link #check}'s stricter ones, which Reelgate keeps for every model.
   */
  public static void checkH3(String field, ImageInfo info) {
    check(field, info);
    int longSide = Math.max(info.width(), info.height());
    if (longSide > H3_MAX_SIDE) {
      throw new InvalidFieldException(field, "long side is " + longSide + " px (" + size(info) + "); it must be at most 5760 px");
    }
  }

  /** Written as the documents write it, the short side as 1: "3.00:1" or "1:3.00". */
  private static String ratio(ImageInfo info) {
    return info.width() >= info.height()
        ? String.format(Locale.ROOT, "%.2f:1", (double) info.width() / info.height())
        : String.format(Locale.ROOT, "1:%.2f", (double) info.height() / info.width());
  }

  private static String size(ImageInfo info) {
    return info.width() + "x" + info.height();
  }
}
