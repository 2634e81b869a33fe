package io.reelgate.core.media;

/** Headers that are not what they claim to be; {@link MediaRules} turns it into an error naming the field. */
final class MalformedMediaException extends RuntimeException {
  MalformedMediaException(String message) {
    super(message, null, false, false);
  }
}
