package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;

/**
 * Tells what a picture is from its first bytes (never from a claimed media type or file name) and
 * reads its size from the header alone, without decoding a pixel: cheap enough to run on every
 * request before anything is queued.
 */
public final class ImageProbe {
  static final String ACCEPTED = "accepted formats are JPG/JPEG, PNG and WebP";

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageProbe() {}

  /**
   * @param field the request field the bytes came from, for errors
   * @return the format, the size as shown (after EXIF orientation) and the byte count
   * @throws InvalidFieldException when the bytes are not a JPEG, PNG or WebP, or their header is
   *     damaged
   */
  public static ImageInfo probe(String field, byte[] bytes) {
    StoredHeader header = header(field, bytes);
    return new ImageInfo(header.format(), header.shownWidth(), header.shownHeight(), bytes.length);
  }

  /** The header as stored, for {@link ImageLoader}, which needs the orientation. */
  static StoredHeader header(String field, byte[] bytes) {
    ImageFormat format = sniff(field, bytes);
    try {
      return switch (format) {
        case JPEG -> JpegHeader.read(bytes);
        case PNG -> PngHeader.read(bytes);
        case WEBP -> WebpHeader.read(bytes);
      };
    } catch (MalformedHeaderException e) {
      throw new InvalidFieldException(field, e.getMessage());
    }
  }

  private static ImageFormat sniff(String field, byte[] b) {
    if (b == null || b.length == 0) throw new InvalidFieldException(field, "the image is empty");
    if (Bytes.startsWith(b, 0, JPEG_MAGIC)) return ImageFormat.JPEG;
    if (Bytes.startsWith(b, 0, PNG_MAGIC)) return ImageFormat.PNG;
    if (Bytes.ascii(b, 0, "RIFF") && Bytes.ascii(b, 8, "WEBP")) return ImageFormat.WEBP;
    String other = otherFormat(b);
    if (other != null) {
      throw new InvalidFieldException(field, other + " images are not supported; " + ACCEPTED);
    }
    throw new InvalidFieldException(field, "not an image; " + ACCEPTED);
  }

  /** Names formats people commonly send by mistake, so that the error says what was sent. */
  private static String otherFormat(byte[] b) {
    if (Bytes.ascii(b, 0, "GIF87a") || Bytes.ascii(b, 0, "GIF89a")) return "GIF";
    if (Bytes.ascii(b, 0, "BM")) return "BMP";
    if (Bytes.ascii(b, 0, "II*\0") || Bytes.ascii(b, 0, "MM\0*")) return "TIFF";
    if (Bytes.ascii(b, 4, "ftypavif") || Bytes.ascii(b, 4, "ftypavis")) return "AVIF";
    if (Bytes.ascii(b, 4, "ftyphei") || Bytes.ascii(b, 4, "ftypmif1")) return "HEIC";
    return null;
  }
}
