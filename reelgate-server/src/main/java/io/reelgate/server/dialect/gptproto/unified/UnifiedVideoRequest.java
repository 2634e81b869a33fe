package io.reelgate.server.dialect.gptproto.unified;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.server.dialect.gptproto.GptprotoModel;
import io.reelgate.server.http.JsonFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code POST /api/v3/videos} body read into a core draft, as GPTProto's reference describes it
 * for Hailuo: {@code model} (a {@code minimax/<model>} slug), {@code prompt}, {@code duration},
 * {@code resolution}, {@code frame_images} and {@code mode}, with {@code enable_prompt_expansion}
 * under {@code provider.options.minimax.parameters}. What the reference says Hailuo ignores
 * ({@code aspect_ratio}, {@code size}, {@code input_references}, {@code seed}, {@code
 * negative_prompt}, {@code generate_audio}, the other provider parameters) is not read, like any
 * unknown field.
 *
 * <p>Resolutions: the reference lists {@code 540p 720p 1080p} for Hailuo, and its SDK still names
 * {@code 768p}. Hailuo has no 720-pixel tier (its per-model table says 768P), so {@code 720p} and
 * {@code 768p} (either case) both render 768P; {@code 1080p} renders 1080P; anything else is
 * refused with the model's table.
 */
record UnifiedVideoRequest(String slug, GptprotoModel model, VideoRequestDraft draft, String firstFrameField, String lastFrameField) {
  static final String PROVIDER = "minimax/";

  static UnifiedVideoRequest read(JsonFields body) {
    String slug = slug(body.string("model"));
    GptprotoModel model = model(slug);
    FrameImages frames = FrameImages.read(body.objects("frame_images"));
    boolean imageToVideo = imageToVideo(body.string("mode"), frames);
    VideoRequestDraft draft =
        new VideoRequestDraft(
            model.catalogId(),
            body.string("prompt"),
            imageToVideo ? frames.first() : null,
            imageToVideo ? frames.last() : null,
            body.integer("duration"),
            resolution(body.string("resolution"), slug, model),
            promptExpansion(body),
            null,
            false,
            null);
    return new UnifiedVideoRequest(slug, model, draft, frames.firstField(), frames.lastField());
  }

  /**
   * The core request, or the core's error under the unified names: a picture's error names its
   * {@code frame_images[i].image_url.url}; a refused resolution or duration also gets the model's
   * table.
   */
  ValidatedRequest validate(RequestValidator validator) {
    try {
      return validator.validate(draft);
    } catch (InvalidFieldException e) {
      throw switch (e.field()) {
        case "image" -> e.renamed(firstFrameField);
        case "end_image" -> e.renamed(lastFrameField);
        case "resolution", "duration" -> new InvalidFieldException(e.field(), e.reason() + table(slug, model), e);
        default -> e;
      };
    }
  }

  /** The slugs of the models served, {@code minimax/hailuo-2.3-fast} and the others. */
  static List<String> slugs() {
    return Arrays.stream(GptprotoModel.values()).map(m -> PROVIDER + m.wireName()).toList();
  }

  private static String slug(String model) {
    if (model == null || model.isBlank()) throw new InvalidFieldException("model", "is required, e.g. minimax/hailuo-2.3-fast");
    return model.strip();
  }

  private static GptprotoModel model(String slug) {
    return Arrays.stream(GptprotoModel.values())
        .filter(m -> slug.equals(PROVIDER + m.wireName()))
        .findFirst()
        .orElseThrow(() -> new InvalidFieldException("model", "unknown model '" + slug + "'; Reelgate serves " + slugs()));
  }

  /**
   * {@code mode} overrides the scene: {@code text-to-video} ignores the frames; {@code auto} (the
   * default) infers it from a first frame.
   */
  private static boolean imageToVideo(String mode, FrameImages frames) {
    if (mode != null && mode.equals("text-to-video")) return false;
    if (mode != null && !mode.equals("auto") && !mode.equals("image-to-video")) {
      throw new InvalidFieldException("mode", "unknown mode '" + mode + "' for Hailuo; it takes auto, text-to-video or image-to-video");
    }
    if (frames.first() != null) return true;
    if (frames.last() != null) throw new InvalidFieldException("frame_images", "has a last_frame without a first_frame");
    if (mode != null && mode.equals("image-to-video")) {
      throw new InvalidFieldException("frame_images", "needs a first_frame for mode image-to-video");
    }
    return false;
  }

  private static String resolution(String text, String slug, GptprotoModel model) {
    if (text == null) return null;
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "720p", "768p" -> "768P";
      case "1080p" -> "1080P";
      default -> throw new InvalidFieldException("resolution", "'" + text + "' is not offered" + table(slug, model));
    };
  }

  private static String table(String slug, GptprotoModel model) {
    return " (" + slug + " allows " + model.table() + "; send 720p or 768p for 768P, 1080p for 1080P)";
  }

  /** {@code provider.options.minimax.parameters.enable_prompt_expansion}; a wrong type is named in full. */
  private static Boolean promptExpansion(JsonFields body) {
    JsonFields node = body;
    String at = "";
    try {
      for (String level : List.of("provider", "options", "minimax", "parameters")) {
        node = node.object(level);
        if (node == null) return null;
        at += level + ".";
      }
      return node.bool("enable_prompt_expansion");
    } catch (InvalidFieldException e) {
      throw e.renamed(at + e.field());
    }
  }

  /** {@code frame_images}: at most one first and one last frame, each with its field's name for errors. */
  private record FrameImages(String first, String firstField, String last, String lastField) {
    static final String FIRST_FRAME = "first_frame";
    static final String LAST_FRAME = "last_frame";

    static FrameImages read(List<JsonFields> items) {
      FrameImages frames = new FrameImages(null, "frame_images", null, "frame_images");
      for (int i = 0; items != null && i < items.size(); i++) {
        frames = frames.with(items.get(i), "frame_images[" + i + "]");
      }
      return frames;
    }

    /** These frames and the one of {@code item}: {@code {type: image_url, frame_type, image_url: {url}}}, all required. */
    private FrameImages with(JsonFields item, String at) {
      String frameType;
      String url;
      try {
        oneOf(item.string("type"), "type", "image_url");
        frameType = oneOf(item.string("frame_type"), "frame_type", FIRST_FRAME, LAST_FRAME);
        JsonFields imageUrl = item.object("image_url");
        url = imageUrl == null ? null : imageUrl.string("url");
      } catch (InvalidFieldException e) {
        throw e.renamed(at + "." + (e.field().equals("url") ? "image_url.url" : e.field()));
      }
      String urlField = at + ".image_url.url";
      if (url == null || url.isBlank()) throw new InvalidFieldException(urlField, "is required: a URL or a data:image/...;base64, URI");
      boolean isFirst = frameType.equals(FIRST_FRAME);
      if ((isFirst ? first : last) != null) {
        throw new InvalidFieldException(at + ".frame_type", "is a second " + frameType + "; give at most one of each");
      }
      return isFirst ? new FrameImages(url, urlField, last, lastField) : new FrameImages(first, firstField, url, urlField);
    }

    private static String oneOf(String value, String field, String... allowed) {
      if (value != null && Arrays.asList(allowed).contains(value)) return value;
      String expected = String.join(" or ", allowed);
      throw new InvalidFieldException(field, value == null ? "is required: " + expected : "unknown value '" + value + "'; expected " + expected);
    }
  }
}
