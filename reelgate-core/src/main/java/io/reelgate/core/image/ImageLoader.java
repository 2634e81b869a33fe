package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a JPEG, PNG or WebP into upright 8-bit sRGB pixels ({@code TYPE_INT_RGB}), whatever the
 * file holds: EXIF orientation, CMYK or YCCK JPEG (converted by TwelveMonkeys), grayscale,
 * progressive, 16 bits per channel, transparency. JPEG and PNG go through ImageIO, WebP through
 * FFmpeg ({@link WebpDecoder}), and a large plain JPEG read subsampled through FFmpeg too, which
 * scales it in the inverse DCT ({@link LowresJpegDecoder}).
 *
 * <p>Bounded, whatever the file: at most {@link ImageRules#MAX_PIXELS} as stored (checked from the
 * header before any pixel), never held larger than {@link #decodedSize} (the most the engine uses,
 * read subsampled), and within {@link #DEFAULT_LIMIT} of CPU time on the calling thread, which an
 * interrupt also stops.
 *
 * <p>Transparency is laid over <em>white</em>: the video has no alpha, and a picture with a
 * transparent background (a product shot, a logo) is almost always meant to sit on a light page,
 * as browsers and the providers' previews show it. Black, what dropping the alpha channel would
 * give, turns such pictures into dark frames. (The providers do not document what they do.)
 *
 * <p>Errors: damaged or truncated data is an {@link InvalidFieldException} naming the field the
 * bytes came from, never an {@code IOException}: the bytes are the client's, so is the fault, and
 * every caller would otherwise map the same exception the same way.
 */
public final class ImageLoader {
  /** CPU time for one decode: far above what the largest accepted picture takes (about 1 s). */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(15);

  private ImageLoader() {}

  /** Loads bytes already accepted under the field {@code image}; see {@link #load(String, byte[])}. */
  public static BufferedImage load(byte[] bytes) {
    return load("image", bytes);
  }

  /**
   * @param field the request field the bytes came from, for errors
   * @return upright pixels, {@code TYPE_INT_RGB}, of the size {@link #decodedSize} gives for what
   *     {@link ImageProbe#probe} says
   * @throws InvalidFieldException when the bytes are not a supported picture, are damaged or
   *     truncated, exceed {@link ImageRules#MAX_PIXELS}, or need more than {@link #DEFAULT_LIMIT}
   *     of CPU time to decode
   */
  public static BufferedImage load(String field, byte[] bytes) {
    return load(field, bytes, ImageRules.MAX_PIXELS);
  }

  /**
   * As {@link #load(String, byte[])}, read no larger than a video with {@code videoShortSide}
   * pixels on its short side needs: a large picture is read subsampled to a short side between
   * {@link ImageRules#sampledShortSide} of it and twice that, rather than of 1080P. A 3705x2500
   * photo for a 768P video is read at 1853x1250, a quarter of the pixels to convert and shrink.
   */
  public static BufferedImage loadForVideo(String field, byte[] bytes, int videoShortSide) {
    return load(field, bytes, ImageRules.MAX_PIXELS, ImageRules.sampledShortSide(videoShortSide));
  }

  /** With a lower pixel limit, for the fuzz test, whose inputs must decode fast. */
  static BufferedImage load(String field, byte[] bytes, long maxPixels) {
    return load(field, bytes, maxPixels, ImageRules.MAX_SAMPLED_SHORT_SIDE);
  }

  private static BufferedImage load(String field, byte[] bytes, long maxPixels, int sampledShortSide) {
    try {
      return load(field, bytes, maxPixels, DEFAULT_LIMIT, sampledShortSide);
    } catch (InterruptedException e) {
      // These callers do not answer interrupts; the flag stays set for whoever does.
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding the " + field, e);
    }
  }

  /**
   * Decodes on the calling thread, which the decoder checks as it goes: past {@code limit} of CPU
   * time or once the thread is interrupted, it stops reading and gives up, so that no decoding
   * outlives the request or the task it serves (see {@link DecodeWatch}).
   *
   * @throws InterruptedException when the calling thread was interrupted while decoding
   */
  static BufferedImage load(String field, byte[] bytes, long maxPixels, Duration limit) throws InterruptedException {
    return load(field, bytes, maxPixels, limit, ImageRules.MAX_SAMPLED_SHORT_SIDE);
  }

  private static BufferedImage load(String field, byte[] bytes, long maxPixels, Duration limit, int sampledShortSide)
      throws InterruptedException {
    StoredHeader header = ImageProbe.header(field, bytes);
    // Refuse before allocating: the header alone can claim gigapixels.
    if ((long) header.width() * header.height() > maxPixels) {
      throw new InvalidFieldException(
          field, "the image is " + header.shownWidth() + "x" + header.shownHeight() + "; Reelgate takes at most " + megapixels(maxPixels));
    }
    if (header.format() == ImageFormat.JPEG && JpegHeader.scans(bytes) > JpegHeader.MAX_SCANS) {
      // Each progressive scan walks the whole picture again: thousands of tiny scans make a
      // small file that takes minutes to decode. Encoders write about ten.
      throw new InvalidFieldException(field, "the JPEG has more than " + JpegHeader.MAX_SCANS + " scans");
    }
    DecodeWatch watch = new DecodeWatch(limit);
    int n = subsampling(header.width(), header.height(), sampledShortSide);
    Dimension size = new Dimension(Math.ceilDiv(header.width(), n), Math.ceilDiv(header.height(), n));
    BufferedImage decoded;
    try {
      watch.failIfStopped(field);
      decoded = switch (header.format()) {
        case WEBP -> WebpDecoder.decode(bytes, header.width(), header.height(), size.width, size.height);
        case JPEG -> {
          BufferedImage lowres = n > 1 ? LowresJpegDecoder.decode(bytes, header.width(), header.height(), n) : null;
          yield lowres != null ? lowres : toOpaqueRgb(decode(field, header, bytes, watch, n));
        }
        case PNG -> toOpaqueRgb(decode(field, header, bytes, watch, n));
      };
      watch.failIfStopped(field);
    } catch (MalformedHeaderException e) {
      throw new InvalidFieldException(field, e.getMessage());
    } catch (DecodeWatch.Interrupted e) {
      Thread.interrupted(); // answered by the exception, as Java's blocking calls do
      throw new InterruptedException("interrupted while decoding the " + field);
    }
    return Orientations.upright(decoded, header.orientation());
  }

  /**
   * The size a picture of {@code width x height} (as shown) is decoded at: itself when its short
   * side is below twice {@link ImageRules#MAX_SAMPLED_SHORT_SIDE}, else every n-th pixel of every
   * n-th row, with the largest n that keeps the short side at least that (so below {@link
   * ImageRules#MAX_DECODED_SHORT_SIDE}), and n larger still if the long side would exceed {@link
   * ImageRules#MAX_DECODED_LONG_SIDE} (a picture wider than the rules allow, read outside a request).
   */
  public static Dimension decodedSize(int width, int height) {
    int n = subsampling(width, height, ImageRules.MAX_SAMPLED_SHORT_SIDE);
    return new Dimension(Math.ceilDiv(width, n), Math.ceilDiv(height, n));
  }

  /** Every n-th pixel of every n-th row: the largest n that keeps the short side at least {@code sampledShortSide}. */
  private static int subsampling(int width, int height, int sampledShortSide) {
    int shortSide = Math.min(width, height);
    int longSide = Math.max(width, height);
    return Math.max(
        Math.max(1, shortSide / sampledShortSide),
        Math.ceilDiv(longSide, ImageRules.MAX_DECODED_LONG_SIDE));
  }

  private static String megapixels(long pixels) {
    return pixels % 1_000_000 == 0 ? pixels / 1_000_000 + " megapixels" : pixels + " pixels";
  }

  /**
   * JPEG and PNG through ImageIO, reading every n-th pixel of every n-th row as the data streams
   * by ({@code setSourceSubsampling}): the readers decode row by row and keep only those pixels, so
   * a 50-megapixel photo never becomes a 50-megapixel raster.
   */
  private static BufferedImage decode(String field, StoredHeader header, byte[] bytes, DecodeWatch watch, int n) {
    ImageFormat format = header.format();
    ImageReader reader = readerFor(format);
    TruncationWatch truncation = new TruncationWatch();
    try (ImageInputStream in = new MemoryCacheImageInputStream(watch.stream(bytes))) {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener(truncation);
      reader.addIIOReadProgressListener(watch);
      // The decoder allocates what it reads, which must be what the probe read and checked: a
      // file whose decoder sees another size (a second frame header, say) is refused unread.
      if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
        throw new InvalidFieldException(
            field, "the " + name(format) + " data is damaged: its header gives two different sizes");
      }
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(n, n, 0, 0);
      BufferedImage image = reader.read(0, param);
      watch.failIfStopped(field);
      truncation.failIfTruncated(field, format);
      return image;
    } catch (IOException | RuntimeException e) {
      // A decoder stopped by the watch fails in its own way (an IOException, a null picture).
      watch.failIfStopped(field);
      // Decoders fail on hostile input with IOExceptions but also with unchecked exceptions of
      // all kinds (index out of bounds, illegal argument); the bytes are at fault either way.
      if (e instanceof InvalidFieldException invalid) throw invalid;
      throw new InvalidFieldException(field, "the " + name(format) + " data is damaged or truncated", e);
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader readerFor(ImageFormat format) {
    String name = switch (format) {
      case JPEG -> "jpeg";
      case PNG -> "png";
      case WEBP -> throw new IllegalArgumentException("WebP is decoded by WebpDecoder");
    };
    // TwelveMonkeys orders its readers before the JDK's, which cannot read CMYK JPEGs.
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + name + "; is TwelveMonkeys on the class path?");
    }
    return readers.next();
  }

  /** Draws any layout (gray, 16-bit, indexed, alpha) into 8-bit RGB, over white. */
  private static BufferedImage toOpaqueRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) return image;
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      if (image.getColorModel().hasAlpha()) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
      }
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private static String name(ImageFormat format) {
    return switch (format) {
      case JPEG -> "JPEG";
      case PNG -> "PNG";
      case WEBP -> "WebP";
    };
  }

  /**
   * JPEG decoders do not fail on a cut-off file: they warn and fill the rest with gray. A picture
   * cut off in transfer must not become a half-gray first frame, so that warning is an error.
   */
  private static final class TruncationWatch implements IIOReadWarningListener {
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      warnings.add(warning);
    }

    void failIfTruncated(String field, ImageFormat format) {
      for (String warning : warnings) {
        if (warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
          throw new InvalidFieldException(field, "the " + name(format) + " data is truncated");
        }
      }
    }
  }
}
