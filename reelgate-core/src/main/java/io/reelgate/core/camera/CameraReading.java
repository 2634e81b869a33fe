package io.reelgate.core.camera;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What Reelgate understood of a prompt's camera language, for a clip of a given length: the shots
 * as segments of the clip with their moves and speed, the warnings about brackets that look like
 * commands but are not, and whether the default move was chosen. Shown by the {@code
 * /reelgate/v1} routes, {@code reelgate render} and the playground.
 */
public record CameraReading(List<Segment> segments, List<String> warnings, boolean defaulted) {
  public CameraReading {
    segments = List.copyOf(segments);
    warnings = List.copyOf(warnings);
  }

  /**
   * One shot: from {@code start} to {@code end} seconds into the clip (rounded to hundredths),
   * its moves by their standard English names, its speed ({@link Speed#label()}).
   */
  public record Segment(double start, double end, List<String> moves, String speed) {
    public Segment {
      moves = List.copyOf(moves);
    }
  }

  /** The reading of {@code script} over a clip of {@code seconds}: the shots share it equally. */
  public static CameraReading of(CameraScript script, double seconds) {
    List<CameraShot> shots = script.shots();
    double share = seconds / shots.size();
    List<Segment> segments =
        IntStream.range(0, shots.size())
            .mapToObj(i -> segment(shots.get(i), i * share, (i + 1) * share))
            .toList();
    return new CameraReading(segments, script.warnings(), script.defaulted());
  }

  private static Segment segment(CameraShot shot, double start, double end) {
    List<String> moves = shot.moves().stream().sorted().map(CameraMove::english).toList();
    return new Segment(hundredths(start), hundredths(end), moves, shot.speed().label());
  }

  private static double hundredths(double seconds) {
    return Math.round(seconds * 100) / 100.0;
  }
}
