package io.reelgate.core.image;

/**
 * Reads the size of a WebP from its first chunk: VP8 (lossy), VP8L (lossless) or VP8X
 * (extended, which may carry an EXIF chunk with an orientation).
 */
final class WebpHeader {
  private static final int FIRST_CHUNK = 12;

  private WebpHeader() {}

  static StoredHeader read(byte[] b) {
    Bytes.require(b, FIRST_CHUNK, 8, "WebP header");
    int data = FIRST_CHUNK + 8;
    if (Bytes.ascii(b, FIRST_CHUNK, "VP8 ")) {
      Bytes.require(b, data, 10, "WebP header");
      if (Bytes.u8(b, data + 3) != 0x9D || Bytes.u8(b, data + 4) != 0x01 || Bytes.u8(b, data + 5) != 0x2A) {
        throw new MalformedHeaderException("corrupt WebP header: no VP8 start code");
      }
      return sized(Bytes.u16le(b, data + 6) & 0x3FFF, Bytes.u16le(b, data + 8) & 0x3FFF, 1);
    }
    if (Bytes.ascii(b, FIRST_CHUNK, "VP8L")) {
      Bytes.require(b, data, 5, "WebP header");
      if (Bytes.u8(b, data) != 0x2F) {
        throw new MalformedHeaderException("corrupt WebP header: no VP8L signature");
      }
      long bits = Bytes.u32le(b, data + 1);
      return sized((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1, 1);
    }
    if (Bytes.ascii(b, FIRST_CHUNK, "VP8X")) {
      Bytes.require(b, data, 10, "WebP header");
      int width = Bytes.u24le(b, data + 4) + 1;
      int height = Bytes.u24le(b, data + 7) + 1;
      checkFrames(b, width, height);
      return sized(width, height, orientation(b));
    }
    throw new MalformedHeaderException("corrupt WebP header: unknown first chunk");
  }

  /**
   * The canvas of an extended WebP is what the probe checks, but the decoder sizes its buffers by
   * each frame's own header: a frame larger than the canvas would allocate what the check never
   * saw, so it is refused. Frames are the VP8 and VP8L chunks, at the top level or in an ANMF.
   */
  private static void checkFrames(byte[] b, int canvasWidth, int canvasHeight) {
    long pos = FIRST_CHUNK;
    boolean frames = false;
    while (pos + 8 <= b.length) {
      int at = (int) pos;
      long size = Bytes.u32le(b, at + 4);
      frames |= Bytes.ascii(b, at, "ANMF") || Bytes.ascii(b, at, "VP8 ") || Bytes.ascii(b, at, "VP8L");
      if (Bytes.ascii(b, at, "ANMF")) {
        if (at + 8 + 16 <= b.length) {
          int width = Bytes.u24le(b, at + 8 + 6) + 1;
          int height = Bytes.u24le(b, at + 8 + 9) + 1;
          if (width > canvasWidth || height > canvasHeight) throw frameTooLarge(width, height);
          checkFrame(b, at + 8 + 16, canvasWidth, canvasHeight);
        }
      } else {
        checkFrame(b, at, canvasWidth, canvasHeight);
      }
      pos += 8 + size + (size & 1);
    }
    // Decoders draw an empty canvas rather than fail; an empty canvas is no picture.
    if (!frames) throw new MalformedHeaderException("truncated WebP: no image data");
  }

  private static void checkFrame(byte[] b, int at, int canvasWidth, int canvasHeight) {
    int data = at + 8;
    int width;
    int height;
    if (Bytes.ascii(b, at, "VP8 ") && data + 10 <= b.length) {
      width = Bytes.u16le(b, data + 6) & 0x3FFF;
      height = Bytes.u16le(b, data + 8) & 0x3FFF;
    } else if (Bytes.ascii(b, at, "VP8L") && data + 5 <= b.length) {
      long bits = Bytes.u32le(b, data + 1);
      width = (int) (bits & 0x3FFF) + 1;
      height = (int) ((bits >> 14) & 0x3FFF) + 1;
    } else {
      return;
    }
    if (width > canvasWidth || height > canvasHeight) throw frameTooLarge(width, height);
  }

  /** Whether the file is an extended WebP whose VP8X flags say it is animated. */
  static boolean animated(byte[] b) {
    int flags = FIRST_CHUNK + 8;
    return Bytes.ascii(b, FIRST_CHUNK, "VP8X") && flags < b.length && (Bytes.u8(b, flags) & 0x02) != 0;
  }

  private static MalformedHeaderException frameTooLarge(int width, int height) {
    return new MalformedHeaderException("corrupt WebP header: a frame of " + width + "x" + height + " is larger than the canvas");
  }

  private static StoredHeader sized(int width, int height, int orientation) {
    if (width == 0 || height == 0) {
      throw new MalformedHeaderException("corrupt WebP header: size " + width + "x" + height);
    }
    return new StoredHeader(ImageFormat.WEBP, width, height, orientation);
  }

  private static int orientation(byte[] b) {
    long pos = FIRST_CHUNK;
    while (pos + 8 <= b.length) {
      long size = Bytes.u32le(b, (int) pos + 4);
      if (Bytes.ascii(b, (int) pos, "EXIF")) {
        int tiff = (int) pos + 8;
        // Some writers keep the JPEG-style "Exif\0\0" prefix in the chunk.
        if (Bytes.ascii(b, tiff, "Exif")) tiff += 6;
        return ExifOrientation.fromTiff(b, tiff, (int) Math.min(size, Integer.MAX_VALUE));
      }
      pos += 8 + size + (size & 1); // chunks are padded to an even size
    }
    return ExifOrientation.AS_STORED;
  }
}
