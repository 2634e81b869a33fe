package io.reelgate.server.timing;

import io.reelgate.core.render.Renderer;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import java.util.Locale;

/**
 * How long the tasks this server renders take ({@code reelgate serve --timing}, docs/SCENARIOS.md,
 * "Timing"). Tasks routed upstream take what their provider takes, whatever the timing.
 */
public enum Timing {
  /** As fast as the engine can: no waits, the smallest honest video (real, of the asked duration). */
  INSTANT,
  /** The engine's own pace, at the resolution asked: the default. */
  FAST,
  /** Queued, then moving progress, about as long as the real Hailuo services take ({@code HailuoTimes}). */
  REALISTIC;

  /**
   * x264's fastest preset on one thread: an instant video is wanted for being there, not for its
   * quality, and at its size more threads only take cores from the caller.
   */
  private static final EncoderSettings FASTEST_ENCODE = new EncoderSettings("ultrafast", 23, 1);

  /**
   * The built-in engine of this timing. Instant renders {@value MotionRenderer#SMALLEST_SHORT_SIDE}
   * pixels on the short side, whatever resolution is asked; the task reports the size it has.
   */
  public Renderer renderer() {
    return this == INSTANT
        ? MotionRenderer.atShortSide(MotionRenderer.SMALLEST_SHORT_SIDE, FASTEST_ENCODE)
        : new MotionRenderer();
  }

  /** As written on the command line and in the log: {@code realistic}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
