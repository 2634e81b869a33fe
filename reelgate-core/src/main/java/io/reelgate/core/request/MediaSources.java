package io.reelgate.core.request;

import io.reelgate.core.image.DefaultImageSource;
import io.reelgate.core.image.ImageSource;
import io.reelgate.core.image.InputKind;
import java.time.Duration;

/**
 * Where the validator gets reference clips and sound files: the same two ways, checks and time
 * limit as pictures ({@link DefaultImageSource}), with their own media types and caps ({@link
 * InputKind#VIDEO}, {@link InputKind#AUDIO}).
 */
public record MediaSources(ImageSource videos, ImageSource audios) {
  /** From public addresses only, within the pictures' time limit. */
  public static MediaSources publicOnly() {
    return of(false, Duration.ofSeconds(20));
  }

  /** @param allowPrivateNetwork as {@link DefaultImageSource#DefaultImageSource(boolean)} */
  public static MediaSources of(boolean allowPrivateNetwork, Duration urlTimeout) {
    return new MediaSources(
        new DefaultImageSource(allowPrivateNetwork, urlTimeout, InputKind.VIDEO),
        new DefaultImageSource(allowPrivateNetwork, urlTimeout, InputKind.AUDIO));
  }
}
