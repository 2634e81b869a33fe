package io.reelgate.core.image;

/**
 * Reads the IHDR chunk of a PNG and looks for an {@code eXIf} chunk before the image data, since
 * PNG 1.5 allows an EXIF orientation there and browsers honour it.
 */
final class PngHeader {
  static final int SIGNATURE_LENGTH = 8;

  private PngHeader() {}

  static StoredHeader read(byte[] b) {
    Bytes.require(b, SIGNATURE_LENGTH, 25, "PNG header");
    if (Bytes.u32be(b, 8) != 13 || !Bytes.ascii(b, 12, "IHDR")) {
      throw new MalformedHeaderException("corrupt PNG header: the first chunk is not IHDR");
    }
    long width = Bytes.u32be(b, 16);
    long height = Bytes.u32be(b, 20);
    if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      throw new MalformedHeaderException("corrupt PNG header: size " + width + "x" + height);
    }
    return new StoredHeader(ImageFormat.PNG, (int) width, (int) height, orientation(b));
  }

  private static int orientation(byte[] b) {
    long pos = SIGNATURE_LENGTH;
    while (pos + 8 <= b.length) {
      long length = Bytes.u32be(b, (int) pos);
      if (Bytes.ascii(b, (int) pos + 4, "IDAT") || Bytes.ascii(b, (int) pos + 4, "IEND")) break;
      if (Bytes.ascii(b, (int) pos + 4, "eXIf")) {
        return ExifOrientation.fromTiff(b, (int) pos + 8, (int) Math.min(length, Integer.MAX_VALUE));
      }
      pos += 12 + length;
    }
    return ExifOrientation.AS_STORED;
  }
}
