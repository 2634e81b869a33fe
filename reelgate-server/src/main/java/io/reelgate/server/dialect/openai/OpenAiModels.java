package io.reelgate.server.dialect.openai;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.ModelCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code model} as a model of Reelgate's catalog. Reelgate's own names are taken as they are:
 * {@code reelgate-motion} and the Hailuo models. OpenAI's {@code sora-2} names have no model of
 * their own here: they are made by {@code reelgate-motion}, which makes OpenAI's 720P sizes, and
 * the Video answers with that name, so that the mapping is never silent. An absent model is
 * {@code reelgate-motion} too. Any other name is refused, listing what is made.
 */
final class OpenAiModels {
  static final String DEFAULT = ModelCatalog.REELGATE_MOTION;

  /** OpenAI's names, as its SDK lists them. */
  static final List<String> SORA = List.of("sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08");

  /** Reelgate's names this dialect sells. */
  static final List<String> OFFERED = offered();

  private OpenAiModels() {}

  /** The catalog's model for {@code name}, or an error naming {@code model}. */
  static String resolve(String name) {
    if (name == null || name.isBlank()) return DEFAULT;
    String wanted = name.strip();
    if (SORA.contains(wanted)) return DEFAULT;
    if (OFFERED.contains(wanted)) return wanted;
    throw new InvalidFieldException(
        "model", "unknown model '" + wanted + "'; Reelgate makes " + OFFERED + " (OpenAI's sora-2 names are made by " + DEFAULT + ")");
  }

  private static List<String> offered() {
    List<String> names = new ArrayList<>();
    names.add(ModelCatalog.REELGATE_MOTION);
    names.addAll(ModelCatalog.HAILUO_MODELS);
    return List.copyOf(names);
  }
}
