package io.reelgate.motion.render;

import io.reelgate.core.render.RenderJob;
import io.reelgate.motion.Motion.Luma;
import io.reelgate.motion.encode.YuvFrame;

/** Renders single frames of a job in memory, without encoding. */
final class Frames {
  private final ClipRenderer renderer;
  private final YuvFrame frame;

  Frames(RenderJob job) {
    this.renderer = ClipRenderer.prepare(job);
    this.frame = new YuvFrame(renderer.size().width(), renderer.size().height());
  }

  int count() {
    return renderer.frames();
  }

  int last() {
    return renderer.frames() - 1;
  }

  Luma luma(int index) {
    renderer.render(index, frame);
    return new Luma(frame.width, frame.height, frame.y.clone());
  }

  YuvFrame full(int index) {
    YuvFrame copy = new YuvFrame(frame.width, frame.height);
    renderer.render(index, copy);
    return copy;
  }

  ClipRenderer renderer() {
    return renderer;
  }
}
