package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.awt.image.BufferedImage;
import java.time.Duration;

/**
 * {@link ImageLoader} with a limit of CPU time of one's choosing, for callers that answer an
 * interrupt (a worker whose task is cancelled, a request whose client gave up). The decode runs on
 * the calling thread and stops itself at the limit or at an interrupt (see {@link DecodeWatch}): no
 * decoder is left behind to burn a core, as one was when it ran on a thread of its own.
 */
public final class TimedImageLoader {
  /** CPU time for one decode; see {@link ImageLoader#DEFAULT_LIMIT}. */
  public static final Duration DEFAULT_LIMIT = ImageLoader.DEFAULT_LIMIT;

  private final Duration limit;

  public TimedImageLoader(Duration limit) {
    if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the limit must be positive: " + limit);
    this.limit = limit;
  }

  /**
   * @throws InvalidFieldException as {@link ImageLoader#load(String, byte[])}, and when decoding
   *     needs more CPU time than the limit
   * @throws InterruptedException when the calling thread is interrupted while decoding (the decode
   *     stops with it)
   */
  public BufferedImage load(String field, byte[] bytes) throws InterruptedException {
    return ImageLoader.load(field, bytes, ImageRules.MAX_PIXELS, limit);
  }
}
