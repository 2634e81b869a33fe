package io.reelgate.server.dialect.openai;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;

/**
 * A create body ({@code POST /v1/videos}) read into a core draft, from the multipart form the
 * SDK always sends or from JSON ({@link CreateForm}). {@code seconds} is a string of whole
 * seconds ({@code "8"}; a JSON number is taken too) and becomes the duration, which the model
 * must offer; absent, it is the model's default. {@code size} becomes resolution and ratio
 * ({@link OpenAiSize}); absent, it is OpenAI's default 720x1280. {@code input_reference} is the
 * first frame: an uploaded image, or {@code image_url} (a URL or a data URI). The core's errors
 * are reported under OpenAI's names: {@code seconds}, {@code size}, {@code input_reference}.
 */
record OpenAiCreateRequest(VideoRequestDraft draft, OpenAiSize size) {

  /** OpenAI's {@code seconds} when a create names none. */
  static final int OPENAI_DEFAULT_SECONDS = 4;

  static OpenAiCreateRequest read(CreateForm form) {
    String model = OpenAiModels.resolve(form.text("model"));
    String sizeText = form.text("size");
    OpenAiSize size = sizeText == null ? OpenAiSize.DEFAULT : OpenAiSize.parse(sizeText);
    VideoRequestDraft draft =
        new VideoRequestDraft(
            model,
            form.text("prompt"),
            form.picture("input_reference"),
            null,
            seconds(form.textOrNumber("seconds"), model),
            size.resolution().wireName(),
            null,
            null,
            false,
            null,
            size.ratio().wireName(),
            null,
            null);
    return new OpenAiCreateRequest(draft, size);
  }

  /**
   * A remix of {@code source}: the same model, size and seconds, its picture ({@code picture}, a
   * data URI, null for a video from text alone) and the new {@code prompt}.
   */
  static OpenAiCreateRequest remix(Task source, String prompt, String picture) {
    TaskRequest asked = source.request();
    OpenAiSize size = OpenAiSize.of(asked);
    VideoRequestDraft draft =
        new VideoRequestDraft(
            asked.model(), prompt, picture, null, asked.durationSeconds(), asked.resolution().wireName(), null, null, false, null,
            size.ratio().wireName(),
            null,
            null);
    return new OpenAiCreateRequest(draft, size);
  }

  /**
   * The core request, or the core's error under OpenAI's name for the field. The size fixes the
   * frame with a picture too: the core films a picture in its own shape, so the size's ratio is
   * set again here, and the engine cover-crops the picture to it (docs/ENGINE.md).
   */
  ValidatedRequest validate(RequestValidator validator) {
    try {
      ValidatedRequest valid = validator.validate(draft);
      if (valid.format().ratio() == size.ratio()) return valid;
      return valid.withFormat(valid.format().withRatio(size.ratio()));
    } catch (InvalidFieldException e) {
      String wireName = wireName(e.field());
      throw wireName.equals(e.field()) ? e : e.renamed(wireName);
    }
  }

  private static String wireName(String coreField) {
    return switch (coreField) {
      case "image" -> "input_reference";
      case "duration" -> "seconds";
      case "resolution", "ratio" -> "size";
      default -> coreField;
    };
  }

  /**
   * The duration asked; when absent, OpenAI's default of 4 s for {@code reelgate-motion} (which
   * makes OpenAI's lengths), else the model's own default (6 s for the Hailuo models).
   */
  private static Integer seconds(String text, String model) {
    if (text == null) return ModelCatalog.REELGATE_MOTION.equals(model) ? OPENAI_DEFAULT_SECONDS : null;
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("seconds", "must be a whole number of seconds such as \"8\"; got '" + text + "'");
    }
  }
}
