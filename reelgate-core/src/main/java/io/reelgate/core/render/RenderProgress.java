package io.reelgate.core.render;

/** Told by a renderer as it goes; called from the rendering thread, so it must be quick. */
@FunctionalInterface
public interface RenderProgress {
  RenderProgress NONE = (done, total) -> {};

  void frames(int done, int total);
}
