package io.reelgate.core.camera;

import java.util.List;

/**
 * What the camera does over a clip: shots one after another, each taking an equal share of the
 * clip. {@code prompt} is the prompt as the engine should read it (the expanded prompt when
 * expansion is on); {@code defaulted} says that the prompt named no move and the default was
 * chosen; {@code warnings} name the brackets that look like camera commands but are not one, so
 * that the user learns why a move did not happen (see {@code BracketWarnings}).
 */
public record CameraScript(
    List<CameraShot> shots, String prompt, boolean defaulted, List<String> warnings) {
  public CameraScript {
    if (shots.isEmpty()) throw new IllegalArgumentException("a camera script has at least one shot");
    shots = List.copyOf(shots);
    warnings = List.copyOf(warnings);
  }

  /** A script without warnings. */
  public CameraScript(List<CameraShot> shots, String prompt, boolean defaulted) {
    this(shots, prompt, defaulted, List.of());
  }
}
