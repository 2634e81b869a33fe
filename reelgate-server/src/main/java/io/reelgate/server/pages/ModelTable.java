package io.reelgate.server.pages;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.model.Family;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The body of {@code GET /reelgate/v1/models}: every model of the catalog with the durations it
 * renders per mode and resolution, the ratios its API lets one choose and its longest prompt, and
 * the 15 camera commands, so that a client (the playground) offers exactly the choices the server
 * accepts without a copy of the table of its own.
 */
record ModelTable(List<ModelOffers> models, List<CameraCommand> cameraCommands) {

  /**
   * @param offers mode ({@code text_to_video}, {@code image_to_video}, {@code first_last_frame})
   *     to resolution ({@code 768P}) to the durations in seconds, in ascending order
   * @param ratios the {@code ratio} values of MiniMax's V2 API for an H3 model ({@code adaptive}
   *     first: with a picture only), empty for a model whose API names no ratio (the picture's
   *     shape, 16:9 for text)
   * @param defaultRatio the ratio of a text-to-video request that names none; null without ratios
   * @param maxPromptLength the longest prompt, in characters (code points)
   */
  record ModelOffers(
      String id, String defaultResolution, int defaultDuration, Map<String, Map<String, SortedSet<Integer>>> offers,
      List<String> ratios, String defaultRatio, int maxPromptLength) {}

  record CameraCommand(String english, String chinese) {}

  static ModelTable of(ModelCatalog catalog) {
    List<ModelOffers> models = catalog.all().stream().map(ModelTable::offers).toList();
    List<CameraCommand> commands =
        Arrays.stream(CameraMove.values()).map(m -> new CameraCommand(m.english(), m.chinese())).toList();
    return new ModelTable(models, commands);
  }

  private static ModelOffers offers(Model model) {
    Map<String, Map<String, SortedSet<Integer>>> byMode = new LinkedHashMap<>();
    for (Mode mode : Mode.values()) {
      if (!model.supports(mode)) continue;
      Map<String, SortedSet<Integer>> byResolution = new LinkedHashMap<>();
      for (Resolution resolution : model.resolutions(mode)) {
        byResolution.put(resolution.wireName(), model.durations(mode, resolution));
      }
      byMode.put(TaskSummary.lower(mode.name()), byResolution);
    }
    boolean choosesRatio = model.family() == Family.H3;
    List<String> ratios = choosesRatio ? Arrays.stream(Ratio.values()).map(Ratio::wireName).toList() : List.of();
    return new ModelOffers(model.id(), model.defaultResolution().wireName(), model.defaultDuration(), byMode, ratios,
        choosesRatio ? model.family().textRatio().wireName() : null, model.family().maxPromptCodePoints());
  }
}
