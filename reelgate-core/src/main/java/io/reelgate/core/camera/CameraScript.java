package io.reelgate.core.camera;

import java.util.List;

/**
 * What the camera does over a clip: shots one after another, each taking an equal share of the
 * clip. {@code prompt} is the prompt as the engine should read it (the expanded prompt when
 * expansion is on); {@code defaulted} says that the prompt named no move and the default was
 * chosen.
 */
public record CameraScript(List<CameraShot> shots, String prompt, boolean defaulted) {
  public CameraScript {
    if (shots.isEmpty()) throw new IllegalArgumentException("a camera script has at least one shot");
    shots = List.copyOf(shots);
  }
}
