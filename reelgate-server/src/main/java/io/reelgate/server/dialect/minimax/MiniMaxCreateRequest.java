package io.reelgate.server.dialect.minimax;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.request.CallbackUrls;
import io.reelgate.server.http.JsonFields;

/**
 * Reads a {@code POST /v1/video_generation} body into a core request. MiniMax's names differ from
 * the core's for the pictures ({@code first_frame_image}, {@code last_frame_image}) and the prompt
 * expansion ({@code prompt_optimizer}); the core's errors are renamed back to the wire names.
 *
 * <p>{@code callback_url} must be an absolute http(s) URL (blank counts as absent); it goes to the
 * webhook outbox, challenge first (docs/WEBHOOKS.md). {@code aigc_watermark} must be a boolean and
 * is ignored, as the local engine adds no watermark.
 *
 * <p>Only MiniMax's own model names are taken here; the catalog's other names (GPTProto's, {@code
 * reelgate-motion}) belong to other dialects and are unknown to this one.
 */
final class MiniMaxCreateRequest {
  private MiniMaxCreateRequest() {}

  static ValidatedRequest validate(RequestValidator validator, JsonFields body) {
    VideoRequestDraft draft = read(body);
    try {
      return validator.validate(draft);
    } catch (InvalidFieldException e) {
      throw switch (e.field()) {
        case "image" -> e.renamed("first_frame_image");
        case "end_image" -> e.renamed("last_frame_image");
        default -> e; // model, prompt, duration, resolution: the same name on the wire
      };
    }
  }

  private static VideoRequestDraft read(JsonFields body) {
    String model = ModelCatalog.requireOneOf(body.string("model"), "model", ModelCatalog.HAILUO_MODELS);
    body.bool("aigc_watermark");
    return new VideoRequestDraft(
        model,
        body.string("prompt"),
        body.string("first_frame_image"),
        body.string("last_frame_image"),
        body.integer("duration"),
        body.string("resolution"),
        body.bool("prompt_optimizer"),
        body.bool("fast_pretreatment"),
        false,
        null)
        // MiniMax takes a first frame without a prompt; text-to-video still needs one.
        .withPromptOptionalWithImage()
        .withCallbackUrl(CallbackUrls.parse("callback_url", body.string("callback_url")));
  }

}
