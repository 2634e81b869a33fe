package io.reelgate.server.dialect.gptproto;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Resolution;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code {model}} of GPTProto's path, each one of the core's {@code gptproto/...} models (their
 * table is in {@link ModelCatalog}; this enum only names them on the wire). Public for GPTProto's
 * unified API, which names the same models as {@code minimax/<wire name>}.
 */
public enum GptprotoModel {
  HAILUO_23_FAST("hailuo-2.3-fast"),
  HAILUO_23_STANDARD("hailuo-2.3-standard"),
  HAILUO_23_PRO("hailuo-2.3-pro"),
  HAILUO_02_FAST("hailuo-02-fast"),
  HAILUO_02_STANDARD("hailuo-02-standard"),
  HAILUO_02_PRO("hailuo-02-pro");

  private final String wireName;

  GptprotoModel(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public String catalogId() {
    return ModelCatalog.GPTPROTO + wireName;
  }

  /** The path parameter's model, or an error naming {@code model}. */
  static GptprotoModel fromPath(String name) {
    return Arrays.stream(values())
        .filter(m -> m.wireName.equals(name))
        .findFirst()
        .orElseThrow(
            () -> new InvalidFieldException(
                "model",
                "unknown model '" + name + "' in the path; known: "
                    + Arrays.stream(values()).map(GptprotoModel::wireName).collect(Collectors.joining(", "))));
  }

  /** The model a stored task was made with, from its catalog id. */
  public static GptprotoModel ofCatalogId(String catalogId) {
    return Arrays.stream(values())
        .filter(m -> m.catalogId().equals(catalogId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("not a GPTProto model: " + catalogId));
  }

  /**
   * The model's row of GPTProto's table as a sentence, e.g. {@code 768P for 6 or 10 s, 1080P for
   * 6 s}, read from the catalog so that it cannot disagree with what is enforced.
   */
  public String table() {
    Model model = ModelCatalog.standard().require(catalogId(), "model");
    return model.resolutions(Mode.TEXT_TO_VIDEO).stream()
        .map(r -> r.wireName() + " for " + durations(model, r))
        .collect(Collectors.joining(", "));
  }

  private static String durations(Model model, Resolution resolution) {
    return model.durations(Mode.TEXT_TO_VIDEO, resolution).stream()
            .map(String::valueOf)
            .collect(Collectors.joining(" or "))
        + " s";
  }
}
