package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PAN_LEFT;
import static io.reelgate.core.camera.CameraMove.PAN_RIGHT;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_DOWN;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_UP;
import static io.reelgate.core.camera.CameraMove.PULL_OUT;
import static io.reelgate.core.camera.CameraMove.PUSH_IN;
import static io.reelgate.core.camera.CameraMove.STATIC_SHOT;
import static io.reelgate.core.camera.CameraMove.TILT_DOWN;
import static io.reelgate.core.camera.CameraMove.TILT_UP;
import static io.reelgate.core.camera.CameraMove.TRUCK_LEFT;
import static io.reelgate.core.camera.CameraMove.TRUCK_RIGHT;
import static io.reelgate.core.camera.CameraMove.ZOOM_IN;
import static io.reelgate.core.camera.CameraMove.ZOOM_OUT;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns moves named together into one shot. A camera cannot pan left and right at once, nor stand
 * still and move, so a move replaces any earlier move of the same shot that it contradicts: the
 * later one wins, as when a user corrects themselves ({@code [Pan left, Pan right]} is a pan
 * right). Moves named twice count once.
 */
final class SimultaneousMoves {
  private static final Map<CameraMove, CameraMove> OPPOSITE = opposites();

  private SimultaneousMoves() {}

  static CameraShot shotOf(List<CameraMove> inOrder) {
    Set<CameraMove> kept = new LinkedHashSet<>();
    for (CameraMove move : inOrder) {
      kept.removeIf(earlier -> contradicts(earlier, move));
      kept.add(move);
    }
    return new CameraShot(kept);
  }

  /** Opposite directions of one axis contradict; a static shot contradicts every other move. */
  static boolean contradicts(CameraMove a, CameraMove b) {
    if (a == b) return false;
    return a == STATIC_SHOT || b == STATIC_SHOT || OPPOSITE.get(a) == b;
  }

  private static Map<CameraMove, CameraMove> opposites() {
    Map<CameraMove, CameraMove> pairs = new EnumMap<>(CameraMove.class);
    CameraMove[][] axes = {
      {TRUCK_LEFT, TRUCK_RIGHT},
      {PAN_LEFT, PAN_RIGHT},
      {PUSH_IN, PULL_OUT},
      {PEDESTAL_UP, PEDESTAL_DOWN},
      {TILT_UP, TILT_DOWN},
      {ZOOM_IN, ZOOM_OUT}
    };
    for (CameraMove[] axis : axes) {
      pairs.put(axis[0], axis[1]);
      pairs.put(axis[1], axis[0]);
    }
    return pairs;
  }
}
