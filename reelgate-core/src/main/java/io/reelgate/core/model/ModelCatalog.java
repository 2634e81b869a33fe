package io.reelgate.core.model;

import static io.reelgate.core.model.Mode.FIRST_LAST_FRAME;
import static io.reelgate.core.model.Mode.IMAGE_TO_VIDEO;
import static io.reelgate.core.model.Mode.TEXT_TO_VIDEO;
import static io.reelgate.core.model.Resolution.P1080;
import static io.reelgate.core.model.Resolution.P512;
import static io.reelgate.core.model.Resolution.P768;

import io.reelgate.core.error.InvalidFieldException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The models Reelgate renders, with their tables as the providers document them (see
 * docs/MODELS.md): 1080P only for 6 s; Hailuo 2.3 Fast is image-to-video only; 512P exists for
 * Hailuo-02 with a first frame, but not in first+last-frame mode.
 */
public final class ModelCatalog {
  public static final String HAILUO_23 = "MiniMax-Hailuo-2.3";
  public static final String HAILUO_23_FAST = "MiniMax-Hailuo-2.3-Fast";
  public static final String HAILUO_02 = "MiniMax-Hailuo-02";

  /**
   * Reelgate's own name for everything its motion engine renders: every mode at 720P and 768P
   * for 6 or 10 s, 1080P for 6 s, and 512P with a first frame; what {@code reelgate render} uses.
   */
  public static final String REELGATE_MOTION = "reelgate-motion";

  private static final ModelCatalog STANDARD = new ModelCatalog(standardModels());

  private final Map<String, Model> models;

  public ModelCatalog(List<Model> models) {
    Map<String, Model> byId = new LinkedHashMap<>();
    models.forEach(m -> byId.put(m.id(), m));
    this.models = Map.copyOf(byId);
  }

  public static ModelCatalog standard() {
    return STANDARD;
  }

  public Optional<Model> find(String id) {
    return Optional.ofNullable(models.get(id));
  }

  /** The model with this id, or an error naming {@code field}. */
  public Model require(String id, String field) {
    return find(id)
        .orElseThrow(
            () -> new InvalidFieldException(field, "unknown model '" + id + "'; known: " + models.keySet()));
  }

  public List<Model> all() {
    return List.copyOf(models.values());
  }

  private static List<Model> standardModels() {
    Set<Mode> textAndImage = Set.of(TEXT_TO_VIDEO, IMAGE_TO_VIDEO);
    Set<Mode> all = Set.of(TEXT_TO_VIDEO, IMAGE_TO_VIDEO, FIRST_LAST_FRAME);
    return List.of(
        new Model(HAILUO_23, hailuoTable(textAndImage), P768, 6),
        new Model(HAILUO_23_FAST, hailuoTable(Set.of(IMAGE_TO_VIDEO)), P768, 6),
        new Model(HAILUO_02, union(hailuoTable(all), Model.offers(Set.of(IMAGE_TO_VIDEO), P512, List.of(6, 10))), P768, 6),
        new Model(REELGATE_MOTION, motionTable(all), P768, 6));
  }

  private static Set<Offer> motionTable(Set<Mode> modes) {
    Set<Offer> offers = union(hailuoTable(modes), Model.offers(modes, Resolution.P720, List.of(6, 10)));
    return union(offers, Model.offers(Set.of(IMAGE_TO_VIDEO), P512, List.of(6, 10)));
  }

  /** 768P for 6 or 10 seconds, 1080P for 6 seconds. */
  private static Set<Offer> hailuoTable(Set<Mode> modes) {
    return union(Model.offers(modes, P768, List.of(6, 10)), Model.offers(modes, P1080, List.of(6)));
  }

  private static Set<Offer> union(Set<Offer> a, Set<Offer> b) {
    Set<Offer> both = new HashSet<>(a);
    both.addAll(b);
    return both;
  }
}
