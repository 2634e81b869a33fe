package io.reelgate.core.image;

/**
 * A header parser found bytes that cannot be a valid header. Internal: {@link ImageProbe} turns it
 * into an {@code InvalidFieldException} naming the request field, which the parsers do not know.
 */
final class MalformedHeaderException extends RuntimeException {
  MalformedHeaderException(String reason) {
    super(reason);
  }
}
