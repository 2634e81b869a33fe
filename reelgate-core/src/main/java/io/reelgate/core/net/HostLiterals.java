package io.reelgate.core.net;

/**
 * The IPv4 and IPv6 host parsers of the WHATWG URL Standard (sections 3.5 and 3.6), which browsers
 * and curl follow. Java's own parsers read some spellings differently or send them to DNS.
 */
final class HostLiterals {
  private static final long MAX_IPV4 = 0xFFFF_FFFFL;
  private static final long NOT_A_NUMBER = -1;
  private static final long TOO_LARGE = -2;

  private HostLiterals() {}

  /** Whether the host must be read as IPv4: its last label is all digits or a 0x number. */
  static boolean endsInANumber(String host) {
    String[] parts = host.split("\\.", -1);
    int count = parts.length;
    if (parts[count - 1].isEmpty()) {
      if (count == 1) return false;
      count--;
    }
    String last = parts[count - 1];
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) return true;
    return number(last) != NOT_A_NUMBER;
  }

  /** @return the four bytes, or null when the host is no valid IPv4 address */
  static byte[] ipv4(String host) {
    String[] parts = host.split("\\.", -1);
    int count = parts.length;
    if (count > 1 && parts[count - 1].isEmpty()) count--; // one trailing dot is allowed
    if (count > 4) return null;
    long[] numbers = new long[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = number(parts[i]);
      if (numbers[i] < 0) return null;
    }
    for (int i = 0; i < count - 1; i++) {
      if (numbers[i] > 255) return null;
    }
    if (numbers[count - 1] >= 1L << (8 * (5 - count))) return null;
    long address = numbers[count - 1];
    for (int i = 0; i < count - 1; i++) address += numbers[i] << (8 * (3 - i));
    return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
  }

  /**
   * A part in decimal, octal (leading 0) or hex (0x); {@link #NOT_A_NUMBER}, or {@link #TOO_LARGE}
   * for a number above 2^32 - 1, which is invalid in every position but still makes the host IPv4.
   */
  private static long number(String part) {
    if (part.isEmpty()) return NOT_A_NUMBER;
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.charAt(0) == '0') {
      radix = 8;
      digits = part.substring(1);
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), radix);
      if (digit < 0 || digits.charAt(i) > 0x7F) return NOT_A_NUMBER;
      if (value <= MAX_IPV4) value = value * radix + digit; // past it, only the syntax matters
    }
    if (value > MAX_IPV4) return TOO_LARGE;
    return value;
  }

  /** @param text between the brackets; @return the 16 bytes, or null when it is no IPv6 address */
  static byte[] ipv6(String text) {
    int[] pieces = new int[8];
    int piece = 0;
    int compress = -1;
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == ':') {
      if (n < 2 || text.charAt(1) != ':') return null;
      i = 2;
      piece = 1;
      compress = 1;
    }
    while (i < n) {
      if (piece == 8) return null;
      if (text.charAt(i) == ':') {
        if (compress >= 0) return null;
        i++;
        piece++;
        compress = piece;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < 4 && i < n && hex(text.charAt(i)) >= 0) {
        value = value * 16 + hex(text.charAt(i));
        i++;
        length++;
      }
      if (i < n && text.charAt(i) == '.') {
        if (length == 0 || piece > 6) return null;
        i -= length;
        int seen = 0;
        while (i < n) {
          int part = -1;
          if (seen > 0) {
            if (text.charAt(i) == '.' && seen < 4) i++;
            else return null;
          }
          if (i >= n || !isDigit(text.charAt(i))) return null;
          while (i < n && isDigit(text.charAt(i))) {
            int digit = text.charAt(i) - '0';
            if (part == -1) part = digit;
            else if (part == 0) return null;
            else part = part * 10 + digit;
            if (part > 255) return null;
            i++;
          }
          pieces[piece] = pieces[piece] * 0x100 + part;
          seen++;
          if (seen == 2 || seen == 4) piece++;
        }
        if (seen != 4) return null;
        break;
      } else if (i < n && text.charAt(i) == ':') {
        i++;
        if (i == n) return null;
      } else if (i < n) {
        return null; // includes '%', the zone identifiers URLs do not have
      }
      pieces[piece] = value;
      piece++;
    }
    if (compress >= 0) {
      int swaps = piece - compress;
      piece = 7;
      while (piece != 0 && swaps > 0) {
        int t = pieces[piece];
        pieces[piece] = pieces[compress + swaps - 1];
        pieces[compress + swaps - 1] = t;
        piece--;
        swaps--;
      }
    } else if (piece != 8) {
      return null;
    }
    byte[] bytes = new byte[16];
    for (int p = 0; p < 8; p++) {
      bytes[2 * p] = (byte) (pieces[p] >>> 8);
      bytes[2 * p + 1] = (byte) pieces[p];
    }
    return bytes;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hex(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
