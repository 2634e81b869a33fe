package io.reelgate.core.image;

/**
 * Reads the Orientation tag (0x0112) from IFD0 of an EXIF block, that is a TIFF structure. Any
 * damage in the EXIF block yields 1 (as stored) rather than an error: cameras write broken EXIF
 * often, and browsers show such pictures as stored, so refusing them would surprise users.
 */
final class ExifOrientation {
  static final int AS_STORED = 1;
  private static final int ORIENTATION_TAG = 0x0112;

  private ExifOrientation() {}

  /** @param offset where the TIFF header ("II*\0" or "MM\0*") starts */
  static int fromTiff(byte[] b, int offset, int length) {
    int end = (int) Math.min((long) offset + length, b.length);
    if (offset < 0 || end - offset < 8) return AS_STORED;
    boolean little;
    if (Bytes.ascii(b, offset, "II")) little = true;
    else if (Bytes.ascii(b, offset, "MM")) little = false;
    else return AS_STORED;
    long ifd = u32(b, offset + 4, little);
    if (ifd < 8 || offset + ifd + 2 > end) return AS_STORED;
    int entries = u16(b, offset + (int) ifd, little);
    int entry = offset + (int) ifd + 2;
    for (int i = 0; i < entries && entry + 12 <= end; i++, entry += 12) {
      if (u16(b, entry, little) == ORIENTATION_TAG) {
        // Type SHORT, count 1: the value sits in the first two bytes of the value field.
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? value : AS_STORED;
      }
    }
    return AS_STORED;
  }

  private static int u16(byte[] b, int i, boolean little) {
    return little ? Bytes.u16le(b, i) : Bytes.u16be(b, i);
  }

  private static long u32(byte[] b, int i, boolean little) {
    return little ? Bytes.u32le(b, i) : Bytes.u32be(b, i);
  }
}
