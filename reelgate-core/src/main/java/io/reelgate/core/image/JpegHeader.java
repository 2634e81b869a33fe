package io.reelgate.core.image;

/**
 * Walks the marker segments of a JPEG up to its frame header (SOFn), picking up the EXIF
 * orientation on the way. Reads no entropy-coded data, so it costs the same for any picture size.
 */
final class JpegHeader {
  private static final byte[] EXIF_ID = {'E', 'x', 'i', 'f', 0, 0};

  /** More scans than any encoder writes (progressive JPEGs have about ten), fewer than hurt. */
  static final int MAX_SCANS = 100;

  private JpegHeader() {}

  /**
   * Counts start-of-scan markers (FF DA). In entropy-coded data a 0xFF byte is always followed by
   * 00 or a restart marker, so every FF DA in the file starts a scan.
   */
  static int scans(byte[] b) {
    int scans = 0;
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xDA) scans++;
    }
    return scans;
  }

  static StoredHeader read(byte[] b) {
    int orientation = ExifOrientation.AS_STORED;
    int pos = 2; // after SOI
    while (true) {
      Bytes.require(b, pos, 2, "JPEG header: no frame header before the end of the file");
      if (Bytes.u8(b, pos) != 0xFF) {
        throw new MalformedHeaderException("corrupt JPEG header: expected a marker at byte " + pos);
      }
      int marker = Bytes.u8(b, pos + 1);
      pos += 2;
      if (marker == 0xFF) { // fill byte before a marker
        pos--;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue; // no length field
      if (marker == 0xD9 || marker == 0xDA) {
        throw new MalformedHeaderException("corrupt JPEG header: image data before any frame header");
      }
      Bytes.require(b, pos, 2, "JPEG header");
      int length = Bytes.u16be(b, pos);
      if (length < 2) throw new MalformedHeaderException("corrupt JPEG header: bad segment length");
      Bytes.require(b, pos, length, "JPEG header");
      if (marker == 0xE1 && length >= 2 + EXIF_ID.length && Bytes.startsWith(b, pos + 2, EXIF_ID)) {
        orientation =
            ExifOrientation.fromTiff(b, pos + 2 + EXIF_ID.length, length - 2 - EXIF_ID.length);
      }
      if (isFrameHeader(marker)) {
        if (length < 8) throw new MalformedHeaderException("corrupt JPEG header: short frame header");
        int height = Bytes.u16be(b, pos + 3);
        int width = Bytes.u16be(b, pos + 5);
        if (width == 0 || height == 0) {
          // Height 0 means "given later in a DNL marker", which almost nothing writes or reads.
          throw new MalformedHeaderException("corrupt JPEG header: size " + width + "x" + height);
        }
        return new StoredHeader(ImageFormat.JPEG, width, height, orientation);
      }
      pos += length;
    }
  }

  /** SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  private static boolean isFrameHeader(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }
}
