package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ImageLoader#load(String, byte[])} with a time limit. Some hostile files pass every header
 * check and still keep a decoder busy for minutes (a lossless WebP whose bitstream is garbage makes
 * TwelveMonkeys spin ~25 s for 2 MP, and {@code ImageReader.abort()} does not stop it). The decode
 * runs on a daemon thread of its own; the caller waits at most the limit and then refuses the
 * picture, so that a worker is never held by a decoder. The runaway decoder is interrupted and left
 * to end on its own, which it does: it only burns CPU.
 */
public final class TimedImageLoader {
  /** Far above what a legitimate 50 MP picture takes. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(15);

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService DECODERS =
      Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "reelgate-decoder-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });

  private final Duration limit;

  public TimedImageLoader(Duration limit) {
    if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the limit must be positive: " + limit);
    this.limit = limit;
  }

  /**
   * @throws InvalidFieldException as {@link ImageLoader#load(String, byte[])}, and when decoding
   *     takes longer than the limit
   * @throws InterruptedException when the caller is interrupted while waiting (the decode is
   *     interrupted too)
   */
  public BufferedImage load(String field, byte[] bytes) throws InterruptedException {
    Future<BufferedImage> decoding = DECODERS.submit(() -> ImageLoader.load(field, bytes));
    try {
      return decoding.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      decoding.cancel(true);
      throw new InvalidFieldException(
          field, "the picture took longer than " + limit.toMillis() / 1000.0 + " s to decode and is refused as damaged");
    } catch (InterruptedException e) {
      decoding.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) throw unchecked;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException("decoding the " + field + " failed", e.getCause());
    }
  }
}
