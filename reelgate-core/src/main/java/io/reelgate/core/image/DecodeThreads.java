package io.reelgate.core.image;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs decodes on a few platform threads, one per core. A request is handled on a virtual thread,
 * and there a decode would go wrong twice: the JVM measures no CPU time for a virtual thread, so
 * {@link DecodeWatch}'s limit would fall back to wall time and refuse good pictures on a loaded
 * machine; and a CPU-bound decode pins the carrier thread it runs on, of which there are only as
 * many as cores, so two large pictures would stall every other request. The caller waits
 * interruptibly, and its interrupt reaches the decode, which then stops.
 */
public final class DecodeThreads {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors()),
      Thread.ofPlatform().name("image-decode-", 1).daemon().factory());

  private DecodeThreads() {}

  /** The result of {@code decode}, run on a decode thread; its exceptions as they were thrown. */
  public static <T> T run(Callable<T> decode) throws InterruptedException {
    Future<T> result = POOL.submit(decode);
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException("decoding failed", e.getCause());
    }
  }
}
