package io.reelgate.core.request;

import java.util.List;

/**
 * The reference media of a create, as given (public URLs or data URIs): MiniMax V2's {@code
 * reference_image}, {@code reference_video} and {@code reference_audio} items, in their order.
 * Core fields in errors: {@code reference_image}, {@code reference_video}, {@code reference_audio}.
 */
public record References(List<String> images, List<String> videos, List<String> audios) {
  public static final References NONE = new References(List.of(), List.of(), List.of());

  public References {
    images = List.copyOf(images);
    videos = List.copyOf(videos);
    audios = List.copyOf(audios);
  }

  public boolean isEmpty() {
    return images.isEmpty() && videos.isEmpty() && audios.isEmpty();
  }

  /** The core field of the first kind given, to name in an error about references as a whole. */
  String firstField() {
    if (!images.isEmpty()) return "reference_image";
    return videos.isEmpty() ? "reference_audio" : "reference_video";
  }
}
