package io.reelgate.core.model;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A video model as the APIs sell it, with the exact combinations of mode, resolution and
 * duration it renders, and the {@link Family} whose file shape it makes. Validation asks the model
 * rather than repeating its table.
 */
public record Model(String id, Family family, Set<Offer> offers, Resolution defaultResolution, int defaultDuration) {

  public Model {
    offers = Set.copyOf(offers);
  }

  /** A Hailuo 2.x model. */
  public Model(String id, Set<Offer> offers, Resolution defaultResolution, int defaultDuration) {
    this(id, Family.HAILUO, offers, defaultResolution, defaultDuration);
  }

  public boolean supports(Mode mode) {
    return offers.stream().anyMatch(o -> o.mode() == mode);
  }

  public boolean supports(Mode mode, Resolution resolution) {
    return offers.stream().anyMatch(o -> o.mode() == mode && o.resolution() == resolution);
  }

  public boolean supports(Mode mode, Resolution resolution, int durationSeconds) {
    return offers.contains(new Offer(mode, resolution, durationSeconds));
  }

  public Set<Mode> modes() {
    return offers.stream().map(Offer::mode).collect(Collectors.toUnmodifiableSet());
  }

  public SortedSet<Resolution> resolutions(Mode mode) {
    return offers.stream()
        .filter(o -> o.mode() == mode)
        .map(Offer::resolution)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public SortedSet<Integer> durations(Mode mode, Resolution resolution) {
    return offers.stream()
        .filter(o -> o.mode() == mode && o.resolution() == resolution)
        .map(Offer::durationSeconds)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Builds the offers for each of {@code modes} crossed with a resolution and its durations. */
  public static Set<Offer> offers(Set<Mode> modes, Resolution resolution, List<Integer> durations) {
    return modes.stream()
        .flatMap(m -> durations.stream().map(d -> new Offer(m, resolution, d)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
