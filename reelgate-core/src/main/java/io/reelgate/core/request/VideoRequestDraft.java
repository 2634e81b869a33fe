package io.reelgate.core.request;

import java.net.URI;

/**
 * A create request as a dialect read it off the wire, before validation: every field may be
 * null (absent). Field names in errors are the core's: {@code model, prompt, image, end_image,
 * duration, resolution, ratio}; a dialect renames them to its own wire names.
 *
 * <p>{@code promptOptionalWithImage}: the provider documents the prompt as optional when a
 * picture is given (Evolink, MiniMax); Novita and GPTProto require it. Each dialect states its
 * own document's rule here and the core enforces it.
 *
 * <p>{@code callbackUrl}: where the client asked to be told of the task's changes (a webhook);
 * null for none.
 *
 * <p>{@code ratio}: the frame's aspect ratio as the wire names it ({@code "16:9"}, {@code
 * "adaptive"}), core field {@code ratio}; null when the dialect has no such field or the client
 * left it out. Only MiniMax's V2 and the OpenAI dialect set it.
 *
 * <p>{@code references}: MiniMax V2's reference media, {@link References#NONE} elsewhere.
 *
 * <p>{@code watermark}: MiniMax V2's {@code aigc_watermark}, null when not given (false).
 */
public record VideoRequestDraft(
    String model,
    String prompt,
    String image,
    String endImage,
    Integer duration,
    String resolution,
    Boolean promptExpansion,
    Boolean fastPretreatment,
    boolean promptOptionalWithImage,
    URI callbackUrl,
    String ratio,
    References references,
    Boolean watermark) {

  /** A draft with no ratio (the dialects whose provider has no such field). */
  public VideoRequestDraft(String model, String prompt, String image, String endImage, Integer duration, String resolution,
      Boolean promptExpansion, Boolean fastPretreatment, boolean promptOptionalWithImage, URI callbackUrl) {
    this(model, prompt, image, endImage, duration, resolution, promptExpansion, fastPretreatment, promptOptionalWithImage,
        callbackUrl, null, References.NONE, null);
  }

  /** The same draft with the prompt optional when a picture is given. */
  public VideoRequestDraft withPromptOptionalWithImage() {
    return new VideoRequestDraft(
        model, prompt, image, endImage, duration, resolution, promptExpansion, fastPretreatment, true, callbackUrl, ratio,
        references, watermark);
  }

  /** The same draft with the URL a client asked to be told at (checked by {@link CallbackUrls}); null for none. */
  public VideoRequestDraft withCallbackUrl(URI callbackUrl) {
    return new VideoRequestDraft(
        model, prompt, image, endImage, duration, resolution, promptExpansion, fastPretreatment, promptOptionalWithImage,
        callbackUrl, ratio, references, watermark);
  }

  /** The same draft with reference media ({@link References#NONE} for none). */
  public VideoRequestDraft withReferences(References references) {
    return new VideoRequestDraft(
        model, prompt, image, endImage, duration, resolution, promptExpansion, fastPretreatment, promptOptionalWithImage,
        callbackUrl, ratio, references, watermark);
  }

  /** The same draft with V2's {@code aigc_watermark}; null for not given. */
  public VideoRequestDraft withWatermark(Boolean watermark) {
    return new VideoRequestDraft(
        model, prompt, image, endImage, duration, resolution, promptExpansion, fastPretreatment, promptOptionalWithImage,
        callbackUrl, ratio, references, watermark);
  }

  /** The same draft with the ratio the client asked for, as the wire names it; null for none. */
  public VideoRequestDraft withRatio(String ratio) {
    return new VideoRequestDraft(
        model, prompt, image, endImage, duration, resolution, promptExpansion, fastPretreatment, promptOptionalWithImage,
        callbackUrl, ratio, references, watermark);
  }
}
