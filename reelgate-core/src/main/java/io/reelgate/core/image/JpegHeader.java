package io.reelgate.core.image;

/**
 * Walks the marker segments of a JPEG up to its frame header (SOFn), picking up the EXIF
 * orientation on the way. Reads no entropy-coded data, so it costs the same for any picture size.
 */
final class JpegHeader {
  private static final byte[] EXIF_ID = {'E', 'x', 'i', 'f', 0, 0};
  private static final byte[] ICC_ID = {'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0};

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
    int[] orientation = {ExifOrientation.AS_STORED};
    int[] size = new int[2];
    walk(b, (marker, pos, length) -> {
      if (marker == 0xE1 && length >= 2 + EXIF_ID.length && Bytes.startsWith(b, pos + 2, EXIF_ID)) {
        orientation[0] = ExifOrientation.fromTiff(b, pos + 2 + EXIF_ID.length, length - 2 - EXIF_ID.length);
      }
      if (!isFrameHeader(marker)) return true;
      if (length < 8) throw new MalformedHeaderException("corrupt JPEG header: short frame header");
      size[0] = Bytes.u16be(b, pos + 5);
      size[1] = Bytes.u16be(b, pos + 3);
      if (size[0] == 0 || size[1] == 0) {
        // Height 0 means "given later in a DNL marker", which almost nothing writes or reads.
        throw new MalformedHeaderException("corrupt JPEG header: size " + size[0] + "x" + size[1]);
      }
      return false;
    });
    return new StoredHeader(ImageFormat.JPEG, size[0], size[1], orientation[0]);
  }

  /**
   * Whether FFmpeg's JPEG decoder gives the same picture as ImageIO for this JPEG (see {@link
   * LowresJpegDecoder}): it ends with its end-of-image marker (is not cut off), its frame is 8-bit
   * sequential Huffman-coded (baseline or extended; FFmpeg does not read progressive ones at reduced
   * scale) with one or three components, and it has
   * neither an ICC profile (which ImageIO applies and FFmpeg ignores) nor an Adobe segment (CMYK,
   * YCCK or RGB, which the two read differently).
   */
  static boolean plain(byte[] b) {
    if (b.length < 4 || Bytes.u8(b, b.length - 2) != 0xFF || Bytes.u8(b, b.length - 1) != 0xD9) return false;
    boolean[] plain = {true, false, false}; // nothing special seen, the frame is plain, a frame seen
    try {
      walk(b, (marker, pos, length) -> {
        if (marker == 0xDA) return false; // the first scan: every table and frame header is behind
        if ((marker == 0xE2 && length >= 2 + ICC_ID.length && Bytes.startsWith(b, pos + 2, ICC_ID)) || marker == 0xEE) {
          plain[0] = false;
        }
        if (isFrameHeader(marker)) {
          // A second frame header is not plain: FFmpeg would act on it, past the size the probe read from the first.
          if (plain[2]) plain[0] = false;
          plain[2] = true;
          plain[1] = (marker == 0xC0 || marker == 0xC1) && length >= 8 && Bytes.u8(b, pos + 2) == 8
              && (Bytes.u8(b, pos + 7) == 1 || Bytes.u8(b, pos + 7) == 3);
        }
        return plain[0];
      });
    } catch (MalformedHeaderException e) {
      return false; // ImageIO reads it, and says what is wrong
    }
    return plain[0] && plain[1];
  }

  /** One marker segment: its marker, where its length field starts and that length (0 for a scan); false stops the walk. */
  private interface SegmentVisitor {
    boolean visit(int marker, int pos, int length);
  }

  /** Visits the marker segments from the start of the file until the visitor stops the walk. */
  private static void walk(byte[] b, SegmentVisitor visitor) {
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
      if (marker == 0xDA && !visitor.visit(marker, pos, 0)) return; // the scan's length is not read
      if (marker == 0xD9 || marker == 0xDA) {
        throw new MalformedHeaderException("corrupt JPEG header: image data before any frame header");
      }
      Bytes.require(b, pos, 2, "JPEG header");
      int length = Bytes.u16be(b, pos);
      if (length < 2) throw new MalformedHeaderException("corrupt JPEG header: bad segment length");
      Bytes.require(b, pos, length, "JPEG header");
      if (!visitor.visit(marker, pos, length)) return;
      pos += length;
    }
  }

  /** SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  private static boolean isFrameHeader(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }
}
