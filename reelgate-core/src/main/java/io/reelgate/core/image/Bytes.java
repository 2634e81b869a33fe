package io.reelgate.core.image;

/** Bounds-checked reads of big- and little-endian integers, for the header parsers. */
final class Bytes {
  private Bytes() {}

  static void require(byte[] b, int offset, int length, String what) {
    if (offset < 0 || length < 0 || offset > b.length - length) {
      throw new MalformedHeaderException("truncated " + what);
    }
  }

  static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  static int u16be(byte[] b, int i) {
    return (u8(b, i) << 8) | u8(b, i + 1);
  }

  static int u16le(byte[] b, int i) {
    return u8(b, i) | (u8(b, i + 1) << 8);
  }

  static int u24le(byte[] b, int i) {
    return u16le(b, i) | (u8(b, i + 2) << 16);
  }

  /** An unsigned 32-bit value; callers treat values above {@code Integer.MAX_VALUE} as corrupt. */
  static long u32be(byte[] b, int i) {
    return ((long) u16be(b, i) << 16) | u16be(b, i + 2);
  }

  static long u32le(byte[] b, int i) {
    return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
  }

  static boolean startsWith(byte[] b, int offset, byte[] prefix) {
    if (offset < 0 || offset > b.length - prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (b[offset + i] != prefix[i]) return false;
    }
    return true;
  }

  static boolean ascii(byte[] b, int offset, String text) {
    return startsWith(b, offset, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
