package io.reelgate.core.render;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a {@link RenderJob} into an MP4 file, on this machine and offline. A renderer stops
 * promptly, throwing {@link InterruptedException}, when its thread is interrupted (a cancel or a
 * shutdown).
 */
public interface Renderer {
  /** The name operators use in configuration, e.g. {@code motion}. */
  String name();

  RenderResult render(RenderJob job, Path output, RenderProgress progress)
      throws IOException, InterruptedException;
}
