package io.reelgate.client;

import java.util.Objects;

/**
 * What to make: the same request for every dialect, translated by each client to its wire shape.
 * Null fields are left out, so the server's defaults apply. Start with {@link #of(String)} and add
 * what you need with the {@code with...} methods.
 *
 * @param model {@code MiniMax-Hailuo-2.3}, {@code MiniMax-Hailuo-2.3-Fast} or {@code
 *     MiniMax-Hailuo-02}; GPTProto's own names ({@code hailuo-2.3-pro}, ...) are passed through
 *     there; null means {@code MiniMax-Hailuo-2.3}
 * @param prompt the prompt with its camera commands, e.g. {@code [Push in]}
 * @param image the first frame as a public URL or a {@code data:image/...;base64,} URI, or null
 * @param endImage the last frame (needs {@code image}), or null
 * @param duration seconds, 6 or 10, or null
 * @param resolution {@code 512P}, {@code 768P} or {@code 1080P}, or null
 * @param promptExpansion whether the provider may rewrite the prompt, or null
 * @param idempotencyKey the {@code Idempotency-Key} to send, or null for a fresh random one per call
 */
public record VideoRequest(
    String model,
    String prompt,
    String image,
    String endImage,
    Integer duration,
    String resolution,
    Boolean promptExpansion,
    String idempotencyKey) {

  /** The default model. */
  public static final String DEFAULT_MODEL = "MiniMax-Hailuo-2.3";

  /** A request with this prompt (may be null for an image-only request where the dialect allows it). */
  public static VideoRequest of(String prompt) {
    return new VideoRequest(null, prompt, null, null, null, null, null, null);
  }

  /** The model, or {@link #DEFAULT_MODEL}. */
  String modelOrDefault() {
    return model != null ? model : DEFAULT_MODEL;
  }

  public VideoRequest withModel(String model) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey);
  }

  public VideoRequest withImage(String image) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey);
  }

  public VideoRequest withEndImage(String endImage) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey);
  }

  public VideoRequest withDuration(int seconds) {
    return new VideoRequest(model, prompt, image, endImage, seconds, resolution, promptExpansion, idempotencyKey);
  }

  public VideoRequest withResolution(String resolution) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, idempotencyKey);
  }

  public VideoRequest withPromptExpansion(boolean enabled) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, enabled, idempotencyKey);
  }

  public VideoRequest withIdempotencyKey(String key) {
    return new VideoRequest(model, prompt, image, endImage, duration, resolution, promptExpansion, Objects.requireNonNull(key));
  }
}
