package io.reelgate.server.links;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=...} header (RFC 9110 section 14), resolved against the
 * size of the file: {@code first} and {@code last} are inclusive.
 */
record ByteRange(long first, long last) {
  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  long length() {
    return last - first + 1;
  }

  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  /** What a {@code Range} header asks of a file of {@code size} bytes. */
  sealed interface Request permits Whole, Part, Unsatisfiable {}

  /** No range, or one we ignore as RFC 9110 allows (several ranges, a syntax we do not read). */
  record Whole() implements Request {}

  record Part(ByteRange range) implements Request {}

  record Unsatisfiable() implements Request {}

  static Request parse(String header, long size) {
    if (header == null) return new Whole();
    Matcher m = SINGLE.matcher(header.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return new Whole();
    Optional<Long> from = number(m.group(1));
    Optional<Long> to = number(m.group(2));
    if ((!m.group(1).isEmpty() && from.isEmpty()) || (!m.group(2).isEmpty() && to.isEmpty())) {
      return new Whole(); // digits too long for a long: not a range we can mean
    }
    if (from.isEmpty()) {
      // "bytes=-n": the last n bytes.
      long suffix = to.get();
      if (suffix == 0 || size == 0) return new Unsatisfiable();
      return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = from.get();
    if (to.isPresent() && to.get() < first) return new Whole(); // invalid: ignored, per RFC 9110
    if (first >= size) return new Unsatisfiable();
    long last = to.map(t -> Math.min(t, size - 1)).orElse(size - 1);
    return new Part(new ByteRange(first, last));
  }

  private static Optional<Long> number(String digits) {
    if (digits.isEmpty()) return Optional.empty();
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
