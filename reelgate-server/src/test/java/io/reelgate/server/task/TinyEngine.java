package io.reelgate.server.task;

import io.reelgate.core.render.Renderer;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in engine for the pool's own mechanics: it "renders" {@code frames} frames, {@code
 * millisPerFrame} each, reporting progress and stopping on interrupt as a real engine must, and
 * writes a small file naming the task's prompt. {@link #failWith} makes every render throw. The
 * servers of suites marked {@link io.reelgate.server.TinyRenders} render with it too.
 */
public final class TinyEngine implements Renderer {
  private final int frames;
  private final long millisPerFrame;
  final List<RenderJob> jobs = new CopyOnWriteArrayList<>();
  final AtomicInteger interrupted = new AtomicInteger();
  final AtomicInteger rendering = new AtomicInteger();
  final AtomicInteger mostAtOnce = new AtomicInteger();
  private volatile Exception failure;

  public TinyEngine(int frames, long millisPerFrame) {
    this.frames = frames;
    this.millisPerFrame = millisPerFrame;
  }

  TinyEngine failWith(Exception failure) {
    this.failure = failure;
    return this;
  }

  @Override
  public String name() {
    return "tiny";
  }

  @Override
  public RenderResult render(RenderJob job, Path output, RenderProgress progress)
      throws IOException, InterruptedException {
    jobs.add(job);
    mostAtOnce.accumulateAndGet(rendering.incrementAndGet(), Math::max);
    try {
      if (failure instanceof IOException e) throw e;
      if (failure instanceof RuntimeException e) throw e;
      for (int frame = 1; frame <= frames; frame++) {
        try {
          Thread.sleep(millisPerFrame);
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
          throw e;
        }
        progress.frames(frame, frames);
      }
      Files.writeString(output, "video of " + job.prompt(), StandardCharsets.UTF_8);
      int height = job.resolution().shortSide();
      return new RenderResult(height * 16 / 9, height, frames, 25);
    } finally {
      rendering.decrementAndGet();
    }
  }
}
