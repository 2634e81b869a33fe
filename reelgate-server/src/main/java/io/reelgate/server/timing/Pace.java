package io.reelgate.server.timing;

import java.time.Duration;

/**
 * How one task is paced: it waits {@code queue} in the queue (its {@code run_after}, which the claim
 * respects, so no worker waits for it), then its progress moves evenly to 99 % over {@code render}
 * ({@link Pacing#render}) before the video is made.
 */
public record Pace(Duration queue, Duration render) {
  public Pace {
    if (queue.isNegative() || render.isNegative()) throw new IllegalArgumentException("a pace is never negative: " + queue + ", " + render);
  }

  /** Both times multiplied by {@code scale}, to the millisecond. */
  Pace scaled(double scale) {
    return new Pace(Duration.ofMillis(Math.round(queue.toMillis() * scale)), Duration.ofMillis(Math.round(render.toMillis() * scale)));
  }
}
