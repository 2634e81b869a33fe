package io.reelgate.server.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * What keeps slow or greedy clients from holding the server up (README, "Limits").
 *
 * @param minBodyRate bytes per second a request body must arrive at, over the time spent waiting
 *     for it, the first two seconds free ({@code --body-min-rate}); 0 for no minimum
 * @param bodyTimeout how long a request body may take to arrive in all, counted from the request's
 *     headers ({@code --body-timeout})
 * @param maxInFlightPerKey creates of one key being received at once, from its key being checked
 *     to its answer: the body uploading, the image URLs downloading ({@code
 *     --max-in-flight-per-key}); 0 for no limit
 * @param imageTimeout how long one image URL may take to download, redirects included ({@code
 *     --image-timeout})
 */
public record RequestLimits(long minBodyRate, Duration bodyTimeout, int maxInFlightPerKey, Duration imageTimeout) {
  /**
   * 4 kB/s is a slow mobile uplink; 300 s carries the largest body (64 MB, two 20 MB pictures as
   * data URIs) over a home uplink of under 2 Mbit/s; 8 creates in flight is more than a client
   * that does not upload slowly ever has at once, and bounds the memory one key's bodies hold; 20 s
   * per image URL, as before.
   */
  public static final RequestLimits DEFAULT = new RequestLimits(4096, Duration.ofSeconds(300), 8, Duration.ofSeconds(20));

  public RequestLimits {
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    Objects.requireNonNull(imageTimeout, "imageTimeout");
    if (minBodyRate < 0) throw new IllegalArgumentException("minBodyRate must be 0 (no minimum) or more");
    if (maxInFlightPerKey < 0) throw new IllegalArgumentException("maxInFlightPerKey must be 0 (no limit) or more");
    if (!bodyTimeout.isPositive()) throw new IllegalArgumentException("bodyTimeout must be positive");
    if (!imageTimeout.isPositive()) throw new IllegalArgumentException("imageTimeout must be positive");
  }

  @Override
  public String toString() {
    return "bodies at least " + (minBodyRate == 0 ? "any rate" : minBodyRate + " B/s") + " and within " + bodyTimeout.toSeconds()
        + " s, creates in flight per key " + (maxInFlightPerKey == 0 ? "no limit" : maxInFlightPerKey)
        + ", image URLs within " + imageTimeout.toSeconds() + " s";
  }
}
