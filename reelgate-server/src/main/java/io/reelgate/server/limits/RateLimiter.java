package io.reelgate.server.limits;

import io.reelgate.core.error.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per key, in this instance's memory: each key's bucket holds up to {@code burst}
 * tokens and refills at the limit's rate; a request takes one, or is refused with {@link
 * TooManyRequestsException} saying when the next token comes. Several instances behind a load
 * balancer each apply the limit, so a key's total is at most the limit times the instances.
 */
public final class RateLimiter {
  private final RateLimit limit;
  private final Clock clock;
  private final double tokensPerMilli;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(RateLimit limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
    this.tokensPerMilli = limit.isOff() ? 0 : (double) limit.permits() / limit.per().toMillis();
  }

  public RateLimit limit() {
    return limit;
  }

  /** Takes a token from the key's bucket, or throws when it is empty. */
  public void acquire(String keyId) {
    if (limit.isOff()) return;
    long now = clock.millis();
    Bucket bucket = buckets.computeIfAbsent(keyId, k -> new Bucket(limit.burst(), now));
    long waitMillis;
    synchronized (bucket) {
      bucket.tokens = Math.min(limit.burst(), bucket.tokens + Math.max(0, now - bucket.at) * tokensPerMilli);
      bucket.at = Math.max(bucket.at, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      waitMillis = (long) Math.ceil((1 - bucket.tokens) / tokensPerMilli);
    }
    throw new TooManyRequestsException(keyId, Duration.ofMillis(waitMillis));
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
