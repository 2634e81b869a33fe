package io.reelgate.server.dialect.openai;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.TaskRequest;
import java.util.List;

/**
 * {@code size}, {@code "<width>x<height>"}, as the resolution and ratio of the core request, and
 * back. Reelgate makes the frame sizes of its models: 1280x720 and 720x1280 (720P: OpenAI's own
 * two sizes, made by {@code reelgate-motion}), 1366x768 and 768x1366 (768P), 1920x1080 and
 * 1080x1920 (1080P), landscape being 16:9 and portrait 9:16. OpenAI's 1792x1024 and 1024x1792 are
 * sizes no model of Reelgate makes: they are refused, naming {@code size} and listing these.
 * Whether the chosen model makes the size's resolution is the core's rule.
 */
record OpenAiSize(int width, int height, Resolution resolution, Ratio ratio) {
  static final List<OpenAiSize> MADE =
      List.of(
          landscape(1280, 720, Resolution.P720), portrait(1280, 720, Resolution.P720),
          landscape(1366, 768, Resolution.P768), portrait(1366, 768, Resolution.P768),
          landscape(1920, 1080, Resolution.P1080), portrait(1920, 1080, Resolution.P1080));

  /** OpenAI's default, portrait 720P, when {@code size} is absent. */
  static final OpenAiSize DEFAULT = portrait(1280, 720, Resolution.P720);

  private static OpenAiSize landscape(int longSide, int shortSide, Resolution resolution) {
    return new OpenAiSize(longSide, shortSide, resolution, Ratio.R16_9);
  }

  private static OpenAiSize portrait(int longSide, int shortSide, Resolution resolution) {
    return new OpenAiSize(shortSide, longSide, resolution, Ratio.R9_16);
  }

  /** The size {@code text} names, or an error naming {@code size} with the sizes Reelgate makes. */
  static OpenAiSize parse(String text) {
    String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
    return MADE.stream()
        .filter(s -> s.wireName().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new InvalidFieldException("size", "Reelgate does not make '" + text.strip() + "'; it makes " + list()));
  }

  /** The sizes Reelgate makes, as a list for messages. */
  static String list() {
    return String.join(", ", MADE.stream().map(OpenAiSize::wireName).toList());
  }

  /** The size of the video {@code request} makes. */
  static OpenAiSize of(TaskRequest request) {
    Resolution resolution = request.resolution();
    Ratio ratio = request.format().ratio();
    return MADE.stream()
        .filter(s -> s.resolution == resolution && s.ratio == ratio)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no OpenAI size for " + resolution + " " + ratio));
  }

  String wireName() {
    return width + "x" + height;
  }
}
