package io.reelgate.core.camera;

import java.util.Set;

/** Moves that run at the same time: one bracket of the prompt, such as {@code [Pan left,Pedestal up]}. */
public record CameraShot(Set<CameraMove> moves) {
  public CameraShot {
    moves = Set.copyOf(moves);
  }

  public static CameraShot of(CameraMove... moves) {
    return new CameraShot(Set.of(moves));
  }
}
