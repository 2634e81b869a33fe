package io.reelgate.server.limits;

import io.reelgate.core.error.TooManyInFlightException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts each key's creates in flight, in this instance's memory: from the moment the key is
 * known, before a byte of the body is read, until the create is answered, so that the upload of
 * the body and the download of its image URLs are counted. A key at its limit is refused with
 * {@link TooManyInFlightException} until one of them ends: however slowly it sends, one key holds
 * at most that many bodies in memory and that many downloads open.
 */
public final class InFlightLimiter {
  /** A place taken by one create; closing gives it back (once, however often it is closed). */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final Permit UNCOUNTED = () -> {};

  private final int maxPerKey;
  private final ConcurrentMap<String, Integer> inFlight = new ConcurrentHashMap<>();

  /** @param maxPerKey creates of one key in flight at once; 0 for no limit */
  public InFlightLimiter(int maxPerKey) {
    if (maxPerKey < 0) throw new IllegalArgumentException("maxPerKey must be 0 (no limit) or more");
    this.maxPerKey = maxPerKey;
  }

  /** Takes a place for a create of {@code keyId}, or throws when the key has none left. */
  public Permit enter(String keyId) {
    if (maxPerKey == 0) return UNCOUNTED;
    inFlight.compute(keyId, (key, count) -> {
      int now = count == null ? 0 : count;
      if (now >= maxPerKey) throw new TooManyInFlightException(keyId, maxPerKey);
      return now + 1;
    });
    AtomicBoolean left = new AtomicBoolean();
    return () -> {
      if (left.compareAndSet(false, true)) inFlight.computeIfPresent(keyId, (key, count) -> count <= 1 ? null : count - 1);
    };
  }

  /** The key's creates in flight now (for tests). */
  int inFlight(String keyId) {
    return inFlight.getOrDefault(keyId, 0);
  }
}
