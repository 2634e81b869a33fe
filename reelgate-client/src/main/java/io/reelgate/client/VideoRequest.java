package io.reelgate.client;

import java.util.List;
import java.util.Objects;

/**
 * What to make: the same request for every dialect, translated by each client to its wire shape.
 * Null fields are left out, so the server's defaults apply. Start with {@link #of(String)} and add
 * what you need with the {@code with...} methods.
 *
 * @param model {@code MiniMax-Hailuo-2.3}, {@code MiniMax-Hailuo-2.3-Fast} or {@code
 *     MiniMax-Hailuo-02}; GPTProto's own names ({@code hailuo-2.3-pro}, ...) are passed through
 *     there; {@code MiniMax-H3} in MiniMax's V2 dialect; null means the dialect's default ({@code
 *     MiniMax-Hailuo-2.3}, {@code MiniMax-H3} in V2)
 * @param prompt the prompt with its camera commands, e.g. {@code [Push in]}
 * @param image the first frame as a public URL or a {@code data:image/...;base64,} URI, or null
 * @param endImage the last frame (needs {@code image}), or null
 * @param duration seconds, 6 or 10, or null
 * @param resolution {@code 512P}, {@code 768P}, {@code 1080P} or (V2) {@code 2K}, or null
 * @param promptExpansion whether the provider may rewrite the prompt, or null
 * @param idempotencyKey the {@code Idempotency-Key} to send, or null for a fresh random one per call
 * @param ratio the frame's aspect ratio, {@code 16:9} or {@code adaptive} (MiniMax V2), or null
 * @param references reference media (MiniMax V2), or null for none
 * @param watermark whether to mark the video as AI-made ({@code aigc_watermark}, MiniMax V2), or
 *     null for the server's default (none)
 */
public record VideoRequest(
    String model,
    String prompt,
    String image,
    String endImage,
    Integer duration,
    String resolution,
    Boolean promptExpansion,
    String idempotencyKey,
    String ratio,
    References references,
    Boolean watermark) {

  /** The default model. */
  public static final String DEFAULT_MODEL = "MiniMax-Hailuo-2.3";

  /** A request with this prompt (may be null for an image-only request where the dialect allows it). */
  public static VideoRequest of(String prompt) {
    return new VideoRequest(null, prompt, null, null, null, null, null, null, null, null, null);
  }

  /** The model, or {@link #DEFAULT_MODEL}. */
  String modelOrDefault() {
    return modelOr(DEFAULT_MODEL);
  }

  /** The model, or {@code fallback} when none was chosen. */
  String modelOr(String fallback) {
    return model != null ? model : fallback;
  }

  public VideoRequest withModel(String model) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  public VideoRequest withImage(String image) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  public VideoRequest withEndImage(String endImage) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  public VideoRequest withDuration(int seconds) {
    return new VideoRequest(model, prompt, image, endImage, seconds, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  public VideoRequest withResolution(String resolution) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  public VideoRequest withPromptExpansion(boolean enabled) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, enabled, idempotencyKey, ratio, references, watermark);
  }

  public VideoRequest withIdempotencyKey(String key) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, Objects.requireNonNull(key), ratio, references, watermark);
  }

  /** The frame's aspect ratio (MiniMax V2): {@code 16:9}, {@code 9:16}, {@code 1:1}, ... or {@code adaptive}. */
  public VideoRequest withRatio(String ratio) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  /** Reference media (MiniMax V2): pictures, clips and sound to take after, instead of first and last frames. */
  public VideoRequest withReferences(References references) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, watermark);
  }

  /** Whether MiniMax V2 marks the video as AI-made ({@code aigc_watermark}). */
  public VideoRequest withWatermark(boolean enabled) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey, ratio, references, enabled);
  }

  /**
   * Reference media of a MiniMax V2 request, each a public URL or a {@code data:} URI: up to 9
   * pictures, 3 clips and 3 sound tracks; sound needs a picture or a clip beside it.
   */
  public record References(List<String> images, List<String> videos, List<String> audios) {
    public References {
      images = images == null ? List.of() : List.copyOf(images);
      videos = videos == null ? List.of() : List.copyOf(videos);
      audios = audios == null ? List.of() : List.copyOf(audios);
    }

    /** Pictures alone. */
    public static References images(String... urls) {
      return new References(List.of(urls), null, null);
    }
  }
}
