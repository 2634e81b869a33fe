package io.reelgate.server.dialect.novita;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.request.CallbackUrls;
import io.reelgate.server.dialect.CoreFields;
import io.reelgate.server.http.JsonFields;
import java.net.URI;

/**
 * Reads a Novita create body into a draft. Novita's field names are the core's, so errors need no
 * renaming; only the endpoint's required {@code image} is checked here, being part of the
 * endpoint's contract rather than of the model's rules.
 */
final class NovitaCreateRequest {
  private NovitaCreateRequest() {}

  static VideoRequestDraft read(NovitaEndpoint endpoint, JsonFields body) {
    String prompt = body.string("prompt");
    String image = null;
    String endImage = null;
    switch (endpoint.images()) {
      case NONE -> {}
      case FIRST_REQUIRED -> {
        image = body.string("image");
        if (image == null) {
          throw new InvalidFieldException("image", "is required: this endpoint makes a video from an image");
        }
      }
      case FIRST_AND_LAST_OPTIONAL -> {
        image = body.string("image");
        endImage = body.string("end_image");
      }
    }
    return CoreFields.draft(body, endpoint.model(), prompt, image, endImage, body.bool("fast_pretreatment"))
        .withCallbackUrl(webhookUrl(body.object("extra")));
  }

  /** {@code extra.webhook.url}: where the task's result is posted when it ends. */
  private static URI webhookUrl(JsonFields extra) {
    JsonFields webhook = extra == null ? null : nested(extra, "extra", "webhook");
    if (webhook == null) return null;
    try {
      return CallbackUrls.parse("url", webhook.string("url"));
    } catch (InvalidFieldException e) {
      throw e.renamed("extra.webhook." + e.field());
    }
  }

  private static JsonFields nested(JsonFields parent, String parentName, String name) {
    try {
      return parent.object(name);
    } catch (InvalidFieldException e) {
      throw e.renamed(parentName + "." + e.field());
    }
  }
}
