package io.reelgate.server.dialect.gptproto;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.server.dialect.CoreFields;
import io.reelgate.server.http.JsonFields;

/**
 * A GPTProto create request: the path's model and scene with the body's fields. GPTProto's field
 * names are the core's, so errors need no renaming; only the image-to-video scene's required
 * {@code image} is checked here, being part of the scene's contract rather than of the model's
 * rules. {@code fast_pretreatment} is not in GPTProto's document and is not read.
 */
record GptprotoCreateRequest(GptprotoModel model, Scene scene, VideoRequestDraft draft, boolean syncMode) {

  static GptprotoCreateRequest read(GptprotoModel model, Scene scene, JsonFields body) {
    String prompt = body.string("prompt");
    String image = null;
    String endImage = null;
    if (scene == Scene.IMAGE_TO_VIDEO) {
      image = body.string("image");
      if (image == null || image.isBlank()) {
        throw new InvalidFieldException("image", "is required in the image-to-video scene");
      }
      endImage = body.string("end_image");
    }
    VideoRequestDraft draft = CoreFields.draft(body, model.catalogId(), prompt, image, endImage, null);
    return new GptprotoCreateRequest(model, scene, draft, Boolean.TRUE.equals(body.bool("enable_sync_mode")));
  }
}
