package io.reelgate.server.dialect.evolink;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.request.CallbackUrls;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.server.http.JsonFields;
import java.net.URI;
import java.util.List;

/**
 * An Evolink create body ({@code POST /v1/videos/generations}) read into a core draft. The mode
 * follows the number of {@code image_urls}, as Evolink documents it: none is text-to-video, one
 * image-to-video, two first and last frame; whether the model allows that mode is the core's
 * rule. The core's errors are reported under Evolink's names: {@code image_urls[0]}, {@code
 * image_urls[1]}, {@code quality}, {@code model_params.prompt_optimizer}.
 *
 * <p>{@code callback_url} is checked (an http or https URL of at most 2048 characters) and
 * carried in the draft to the webhook outbox (docs/WEBHOOKS.md). Plain http is accepted,
 * unlike Evolink's HTTPS-only rule, because a self-hosted server often calls back on a local
 * network.
 */
record EvolinkCreateRequest(VideoRequestDraft draft, int imageCount, URI callbackUrl) {
  /** The models of Evolink's Hailuo pages; the catalog's other names belong to other dialects. */

  static final int MAX_IMAGES = 2;

  static EvolinkCreateRequest read(JsonFields body) {
    List<String> images = images(body.strings("image_urls"));
    VideoRequestDraft draft =
        new VideoRequestDraft(
            ModelCatalog.requireOneOf(body.string("model"), "model", ModelCatalog.HAILUO_MODELS),
            body.string("prompt"),
            images.size() > 0 ? images.get(0) : null,
            images.size() > 1 ? images.get(1) : null,
            body.integer("duration"),
            body.string("quality"),
            promptOptimizer(body.object("model_params")),
            null,
            false,
            null)
            // Evolink documents prompt as optional when a picture is given.
            .withPromptOptionalWithImage()
            .withCallbackUrl(CallbackUrls.parse("callback_url", body.string("callback_url")));
    return new EvolinkCreateRequest(draft, images.size(), draft.callbackUrl());
  }

  /** The core request, or the core's error under Evolink's name for the field. */
  ValidatedRequest validate(RequestValidator validator) {
    try {
      return validator.validate(draft);
    } catch (InvalidFieldException e) {
      String wireName = wireName(e.field());
      throw wireName.equals(e.field()) ? e : e.renamed(wireName);
    }
  }

  private String wireName(String coreField) {
    return switch (coreField) {
      // A model that needs a picture and got none: the array as a whole is at fault.
      case "image" -> imageCount == 0 ? "image_urls" : "image_urls[0]";
      case "end_image" -> "image_urls[1]";
      case "resolution" -> "quality";
      default -> coreField;
    };
  }

  private static List<String> images(List<String> urls) {
    if (urls == null) return List.of();
    if (urls.size() > MAX_IMAGES) {
      throw new InvalidFieldException(
          "image_urls",
          "holds " + urls.size() + " images; at most " + MAX_IMAGES
              + " are taken (none: text-to-video, one: image-to-video, two: first and last frame)");
    }
    for (int i = 0; i < urls.size(); i++) {
      if (urls.get(i).isBlank()) {
        throw new InvalidFieldException("image_urls[" + i + "]", "is empty; give a URL or a data:image/...;base64, URI");
      }
    }
    return urls;
  }

  private static Boolean promptOptimizer(JsonFields modelParams) {
    if (modelParams == null) return null;
    try {
      return modelParams.bool("prompt_optimizer");
    } catch (InvalidFieldException e) {
      throw e.renamed("model_params." + e.field());
    }
  }

}
