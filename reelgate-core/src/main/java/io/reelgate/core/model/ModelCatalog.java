package io.reelgate.core.model;

import static io.reelgate.core.model.Mode.FIRST_LAST_FRAME;
import static io.reelgate.core.model.Mode.IMAGE_TO_VIDEO;
import static io.reelgate.core.model.Mode.TEXT_TO_VIDEO;
import static io.reelgate.core.model.Resolution.K2;
import static io.reelgate.core.model.Resolution.P1080;
import static io.reelgate.core.model.Resolution.P512;
import static io.reelgate.core.model.Resolution.P768;

import io.reelgate.core.error.InvalidFieldException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The models Reelgate renders, with their tables as the providers document them (see
 * docs/MODELS.md): 1080P only for 6 s; Hailuo 2.3 Fast is image-to-video only; 512P exists for
 * Hailuo-02 with a first frame, but not in first+last-frame mode. GPTProto resells the models
 * under its own names and table, kept apart as {@code gptproto/...} models, since each dialect
 * follows its own provider's document. MiniMax-H3 (the V2 API) renders 4-15 s at 768P or 2K, from
 * text, frames or reference media; H3 Max, 5-15 s at 768P from frames only.
 */
public final class ModelCatalog {
  public static final String HAILUO_23 = "MiniMax-Hailuo-2.3";
  public static final String HAILUO_23_FAST = "MiniMax-Hailuo-2.3-Fast";
  public static final String HAILUO_02 = "MiniMax-Hailuo-02";
  public static final String H3 = "MiniMax-H3";
  /** H3 Max: its id and table come from third-party pages only (docs/MODELS.md). */
  public static final String H3_MAX = "MiniMax-H3-Max";

  /** The models MiniMax's V2 API sells; Novita's H3 API sells only {@link #H3}. */
  public static final List<String> H3_MODELS = List.of(H3, H3_MAX);

  /** The models under MiniMax's own names, as MiniMax and Evolink sell them. */
  public static final List<String> HAILUO_MODELS = List.of(HAILUO_23_FAST, HAILUO_23, HAILUO_02);

  /**
   * Reelgate's own name for everything its motion engine renders: every mode at 720P and 768P
   * for 6 or 10 s, 1080P for 6 s, and 512P with a first frame; also OpenAI's lengths, 4, 8 and
   * 12 s, at 720P, 768P and 1080P, so that the OpenAI dialect's clients get what they ask for;
   * what {@code reelgate render} uses.
   */
  public static final String REELGATE_MOTION = "reelgate-motion";

  /** The lengths OpenAI's Videos API sells ({@code seconds} "4", "8", "12"), which {@link #REELGATE_MOTION} makes too. */
  public static final List<Integer> OPENAI_SECONDS = List.of(4, 8, 12);

  /**
   * The prefix of the models GPTProto sells under its own names and table, e.g. {@code
   * gptproto/hailuo-2.3-fast}: see {@link #gptprotoModels()}.
   */
  public static final String GPTPROTO = "gptproto/";

  private static final ModelCatalog STANDARD = new ModelCatalog(standardModels());

  private final Map<String, Model> models;

  ModelCatalog(List<Model> models) {
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

  /**
   * {@code id} when it is one of {@code offered} (the names a dialect's document sells), or null
   * when absent, left for validation to report as missing; a name of the catalog that this dialect
   * does not sell (another dialect's, {@code reelgate-motion}) is unknown here.
   */
  public static String requireOneOf(String id, String field, List<String> offered) {
    if (id == null || id.isBlank() || offered.contains(id.strip())) return id;
    throw new InvalidFieldException(field, "unknown model '" + id.strip() + "'; known: " + offered);
  }

  public List<Model> all() {
    return List.copyOf(models.values());
  }

  private static List<Model> standardModels() {
    Set<Mode> textAndImage = Set.of(TEXT_TO_VIDEO, IMAGE_TO_VIDEO);
    Set<Mode> all = Set.of(TEXT_TO_VIDEO, IMAGE_TO_VIDEO, FIRST_LAST_FRAME);
    List<Model> models =
        new ArrayList<>(
            List.of(
                new Model(HAILUO_23, hailuoTable(textAndImage), P768, 6),
                new Model(HAILUO_23_FAST, hailuoTable(Set.of(IMAGE_TO_VIDEO)), P768, 6),
                new Model(HAILUO_02, union(hailuoTable(all), Model.offers(Set.of(IMAGE_TO_VIDEO), P512, List.of(6, 10))), P768, 6),
                new Model(REELGATE_MOTION, motionTable(all), P768, 6),
                new Model(H3, Family.H3, h3Table(EnumSet.allOf(Mode.class), List.of(P768, K2), 4), P768, 5),
                new Model(H3_MAX, Family.H3, h3Table(Set.of(IMAGE_TO_VIDEO, FIRST_LAST_FRAME), List.of(P768), 5), P768, 5)));
    models.addAll(gptprotoModels());
    return List.copyOf(models);
  }

  // GPTProto ---------------------------------------------------------------------------------

  /**
   * GPTProto's models, exactly as its "Duration & Resolution" table lists them: 768P for 6 or
   * 10 s, 1080P for 6 s, or both (no 512P or 720P, although its resolution field names them).
   * Its document gives one body for every model, text-to-video included for 2.3 Fast, and lists
   * {@code end_image} for image-to-video, so each takes text, a first frame, or first and last
   * frames, at the resolutions and durations of its row. The pro models' row has only 1080P,
   * which is therefore their default.
   */
  private static List<Model> gptprotoModels() {
    Set<Mode> all = Set.of(TEXT_TO_VIDEO, IMAGE_TO_VIDEO, FIRST_LAST_FRAME);
    Set<Offer> p768 = Model.offers(all, P768, List.of(6, 10));
    Set<Offer> p1080 = Model.offers(all, P1080, List.of(6));
    return List.of(
        new Model(GPTPROTO + "hailuo-2.3-fast", union(p768, p1080), P768, 6),
        new Model(GPTPROTO + "hailuo-2.3-standard", p768, P768, 6),
        new Model(GPTPROTO + "hailuo-2.3-pro", p1080, P1080, 6),
        new Model(GPTPROTO + "hailuo-02-fast", p768, P768, 6),
        new Model(GPTPROTO + "hailuo-02-standard", p768, P768, 6),
        new Model(GPTPROTO + "hailuo-02-pro", p1080, P1080, 6));
  }

  /** MiniMax-H3's: every whole second from {@code shortest} to 15 at each resolution. */
  private static Set<Offer> h3Table(Set<Mode> modes, List<Resolution> resolutions, int shortest) {
    List<Integer> seconds = IntStream.rangeClosed(shortest, 15).boxed().toList();
    Set<Offer> offers = new HashSet<>();
    resolutions.forEach(r -> offers.addAll(Model.offers(modes, r, seconds)));
    return offers;
  }

  private static Set<Offer> motionTable(Set<Mode> modes) {
    Set<Offer> offers = union(hailuoTable(modes), Model.offers(modes, Resolution.P720, List.of(6, 10)));
    offers = union(offers, Model.offers(Set.of(IMAGE_TO_VIDEO), P512, List.of(6, 10)));
    for (Resolution openAiSize : List.of(Resolution.P720, P768, P1080)) {
      offers = union(offers, Model.offers(modes, openAiSize, OPENAI_SECONDS));
    }
    return offers;
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
