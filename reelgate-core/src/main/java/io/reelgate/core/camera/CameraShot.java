package io.reelgate.core.camera;

import java.util.Objects;
import java.util.Set;

/**
 * Moves that run at the same time: one bracket of the prompt, such as {@code [Pan left,Pedestal
 * up]}, at the {@link Speed} the words around it ask for.
 */
public record CameraShot(Set<CameraMove> moves, Speed speed) {
  public CameraShot {
    moves = Set.copyOf(moves);
    Objects.requireNonNull(speed, "speed");
  }

  /** A shot at normal speed. */
  public CameraShot(Set<CameraMove> moves) {
    this(moves, Speed.NORMAL);
  }

  /** A shot of these moves at normal speed. */
  public static CameraShot of(CameraMove... moves) {
    return new CameraShot(Set.of(moves));
  }

  public CameraShot at(Speed newSpeed) {
    return new CameraShot(moves, newSpeed);
  }
}
