package io.reelgate.server.dialect;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.server.http.JsonFields;

/**
 * A create body whose fields carry the core's own names ({@code duration}, {@code resolution},
 * {@code enable_prompt_expansion}), as Novita's and GPTProto's do: read the same way for both.
 */
public final class CoreFields {
  private CoreFields() {}

  /**
   * The draft of {@code body} for {@code model}, with the prompt and pictures its dialect read
   * (in the order its errors should name them) and its own {@code fastPretreatment} (null when its
   * document has none). The prompt is required; no callback URL yet.
   */
  public static VideoRequestDraft draft(
      JsonFields body, String model, String prompt, String image, String endImage, Boolean fastPretreatment) {
    return new VideoRequestDraft(
        model,
        prompt,
        image,
        endImage,
        body.integer("duration"),
        body.string("resolution"),
        body.bool("enable_prompt_expansion"),
        fastPretreatment,
        false,
        null);
  }
}
