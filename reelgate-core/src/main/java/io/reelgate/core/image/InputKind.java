package io.reelgate.core.image;

/**
 * What a fetched input is, for the two ways of getting one ({@link DefaultImageSource}): the word
 * its errors use, the media type a {@code data:} URI must claim, and the most bytes taken, counted
 * while it streams in. Pictures are checked further by {@link ImageRules}; MiniMax V2's reference
 * clips and sound files by {@code core.media}.
 *
 * @param noun how errors name one ({@code image}, {@code video}, {@code audio file})
 * @param mediaType the top-level media type of its {@code data:} URIs ({@code image}, {@code video}, {@code audio})
 * @param maxBytes the largest taken
 */
public record InputKind(String noun, String mediaType, long maxBytes) {
  /** Input pictures: at most 20 MB ({@link ImageRules#MAX_BYTES}). */
  public static final InputKind IMAGE = new InputKind("image", "image", ImageRules.MAX_BYTES);
  /** MiniMax V2's reference clips: MP4, at most 50 MB. */
  public static final InputKind VIDEO = new InputKind("video", "video", 50L * 1024 * 1024);
  /** MiniMax V2's reference sound: MP3 or WAV, at most 15 MB. */
  public static final InputKind AUDIO = new InputKind("audio file", "audio", 15L * 1024 * 1024);

  /** The same kind with another cap (tests). */
  InputKind withMaxBytes(long most) {
    return new InputKind(noun, mediaType, most);
  }
}
