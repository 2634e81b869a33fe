package io.reelgate.motion;

import io.reelgate.core.engine.RenderProgress;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.H264Writer;
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
 * copies it into x264 and gives it back. Three frames let the renderer work one frame ahead while
 * the encoder holds one, without ever allocating per frame.
 */
final class EncodingPipeline {
  static final int RING = Integer.getInteger("reelgate.ring", 3);
  private static final long POLL_MILLIS = 50;

  private final ClipRenderer renderer;
  private final Path output;
  private final int fps;
  private final EncoderSettings settings;
  private final RenderProgress progress;
  private final BlockingQueue<YuvFrame> free = new ArrayBlockingQueue<>(RING);
  private final BlockingQueue<YuvFrame> ready = new ArrayBlockingQueue<>(RING);

  EncodingPipeline(
      ClipRenderer renderer, Path output, int fps, EncoderSettings settings, RenderProgress progress) {
    this.renderer = renderer;
    this.output = output;
    this.fps = fps;
    this.settings = settings;
    this.progress = progress;
    for (int i = 0; i < RING; i++) {
      free.add(new YuvFrame(renderer.size().width(), renderer.size().height()));
    }
  }

  static final boolean TRACE = Boolean.getBoolean("reelgate.trace");
  static final long[] T = new long[1000];
  static long T0;
  static void mark(int i) { if (TRACE) T[i] = System.nanoTime() - T0; }

  void run() throws IOException, InterruptedException {
    FutureTask<Void> encoding = new FutureTask<>(this::encode);
    Thread encoder = Thread.ofPlatform().name("reelgate-encode").daemon().start(encoding);
    try {
      for (int i = 0; i < renderer.frames(); i++) {
        if (Thread.interrupted()) throw new InterruptedException("render interrupted at frame " + i);
        YuvFrame frame = nextFree(encoding);
        mark(200 + i);
        renderer.render(i, frame);
        mark(400 + i);
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
    mark(1);
    try (H264Writer writer = new H264Writer(output, renderer.size().width(), renderer.size().height(), fps, settings)) {
      mark(2);
      for (int i = 0; i < total; i++) {
        YuvFrame frame = ready.take();
        mark(600 + i);
        writer.write(frame);
        mark(800 + i);
        free.put(frame);
        progress.frames(i + 1, total);
      }
      mark(3);
    }
    mark(4);
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
