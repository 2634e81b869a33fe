package io.reelgate.motion;

import io.reelgate.core.render.RenderProgress;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.H264Writer;
import io.reelgate.motion.encode.Soundtrack;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.render.ClipRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Renders on the calling thread and encodes on a second one, handing frames over through a ring of
 * {@value #RING} reused frames: the renderer fills a free frame and passes it on, the encoder
 * copies it into x264 and gives it back, so no frame is allocated per frame. The ring lets the
 * renderer work several frames ahead whenever it gets a core, for the moments the scheduler
 * favours x264's own threads: with three frames the encoder waited 40 to 95 ms a clip in all (on a
 * busy machine; what eight save was within the noise there). It costs {@value #RING} frames of
 * memory, 16 MB at 1080P. The sound track, if any, is made and encoded on the encoding thread
 * after each frame ({@link H264Writer}).
 */
final class EncodingPipeline {
  static final int RING = 8;
  /**
   * The first frames are rendered two at a time, the odd one on a helper thread: x264 takes that
   * many into its lookahead faster than one thread renders them (measured: the encoder waited about
   * 1.5 ms for each of the first 15 frames, with a core idle), and the renderer needs a head start
   * to stay ahead afterwards.
   */
  static final int HEAD = 16;
  private static final long POLL_MILLIS = 50;

  private final ClipRenderer renderer;
  private final Path output;
  private final int fps;
  /** Null for a silent video. */
  private final Soundtrack sound;
  private final EncoderSettings settings;
  private final RenderProgress progress;
  private final BlockingQueue<YuvFrame> free = new ArrayBlockingQueue<>(RING);
  private final BlockingQueue<YuvFrame> ready = new ArrayBlockingQueue<>(RING);

  EncodingPipeline(
      ClipRenderer renderer, Path output, int fps, Soundtrack sound, EncoderSettings settings, RenderProgress progress) {
    this.renderer = renderer;
    this.output = output;
    this.fps = fps;
    this.sound = sound;
    this.settings = settings;
    this.progress = progress;
    for (int i = 0; i < RING; i++) {
      free.add(new YuvFrame(renderer.size().width(), renderer.size().height()));
    }
  }

  void run() throws IOException, InterruptedException {
    FutureTask<Void> encoding = new FutureTask<>(this::encode);
    Thread encoder = Thread.ofPlatform().name("reelgate-encode").daemon().start(encoding);
    try {
      int i = 0;
      ClipRenderer helper = renderer.twin();
      for (; i + 1 < Math.min(HEAD, renderer.frames()); i += 2) {
        if (Thread.interrupted()) throw new InterruptedException("render interrupted at frame " + i);
        YuvFrame even = nextFree(encoding);
        YuvFrame odd = nextFree(encoding);
        int next = i + 1;
        FutureTask<Void> other = new FutureTask<>(() -> helper.render(next, odd), null);
        Thread.ofPlatform().name("reelgate-render").daemon().start(other);
        renderer.render(i, even);
        ready.put(even);
        rendered(other);
        ready.put(odd);
      }
      for (; i < renderer.frames(); i++) {
        if (Thread.interrupted()) throw new InterruptedException("render interrupted at frame " + i);
        YuvFrame frame = nextFree(encoding);
        renderer.render(i, frame);
        ready.put(frame);
      }
      resultOf(encoding);
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      encoding.cancel(true);
      awaitEnd(encoder);
      throw e;
    }
  }

  private Void encode() throws IOException, InterruptedException {
    int total = renderer.frames();
    try (H264Writer writer =
        new H264Writer(output, renderer.size().width(), renderer.size().height(), fps, settings, sound)) {
      for (int i = 0; i < total; i++) {
        YuvFrame frame = ready.take();
        writer.write(frame);
        free.put(frame);
        progress.frames(i + 1, total);
      }
    }
    return null;
  }

  /** A free frame; if the encoder has died meanwhile, its failure instead of waiting forever. */
  private YuvFrame nextFree(FutureTask<Void> encoding) throws IOException, InterruptedException {
    while (true) {
      YuvFrame frame = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      if (frame != null) return frame;
      if (encoding.isDone()) {
        resultOf(encoding);
        throw new IllegalStateException("the encoder stopped before the last frame");
      }
    }
  }

  private static void rendered(FutureTask<Void> helper) throws InterruptedException {
    try {
      helper.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException("rendering failed", e.getCause());
    }
  }

  private static void resultOf(FutureTask<Void> encoding) throws IOException, InterruptedException {
    try {
      encoding.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException runtime) throw runtime;
      if (cause instanceof Error error) throw error;
      throw new IOException("encoding failed", cause);
    }
  }

  /**
   * Waits for the encoder thread to close its file, so that the caller can delete it; an interrupt
   * meanwhile is kept for the caller rather than leaving the file open.
   */
  private static void awaitEnd(Thread encoder) {
    boolean interrupted = false;
    while (encoder.isAlive()) {
      try {
        encoder.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
