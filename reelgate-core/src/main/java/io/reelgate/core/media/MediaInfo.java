package io.reelgate.core.media;

/**
 * What the headers of a clip or sound file say.
 *
 * @param format {@code mp4}, {@code mp3} or {@code wav}: also the file name's extension
 * @param seconds how long it plays
 * @param framesPerSecond the video track's average frame rate; 0 for sound
 */
public record MediaInfo(String format, double seconds, double framesPerSecond) {
  /** The media type of a file of this format, for {@code data:} URIs and downloads. */
  public String mediaType() {
    return switch (format) {
      case "mp4" -> "video/mp4";
      case "mp3" -> "audio/mpeg";
      default -> "audio/wav";
    };
  }
}
