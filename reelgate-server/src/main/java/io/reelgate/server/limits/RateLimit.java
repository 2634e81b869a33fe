package io.reelgate.server.limits;

import java.time.Duration;
import java.util.Locale;

/**
 * A request rate: {@code permits} per {@code per}, with bursts of up to {@code burst} requests.
 * Written {@code 10/s}, {@code 600/m} or {@code 5000/h}; {@code off} (or {@code 0/s}) for none.
 */
public record RateLimit(int permits, Duration per, int burst) {
  public static final RateLimit OFF = new RateLimit(0, Duration.ofSeconds(1), 0);

  public RateLimit {
    if (permits < 0 || burst < 0) throw new IllegalArgumentException("a rate must not be negative");
    if (per.isZero() || per.isNegative()) throw new IllegalArgumentException("a rate's period must be positive");
    if (permits > 0 && burst == 0) burst = permits;
  }

  public boolean isOff() {
    return permits == 0;
  }

  /** Parses {@code N/s}, {@code N/m}, {@code N/h} or {@code off}; the burst is N unless given. */
  public static RateLimit parse(String text, Integer burst) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("off") || t.equals("0")) return OFF;
    int slash = t.indexOf('/');
    if (slash < 1) throw new IllegalArgumentException("a rate is N/s, N/m or N/h, or off: " + text);
    int permits;
    try {
      permits = Integer.parseInt(t.substring(0, slash));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a rate is N/s, N/m or N/h, or off: " + text);
    }
    Duration per =
        switch (t.substring(slash + 1)) {
          case "s", "sec", "second" -> Duration.ofSeconds(1);
          case "m", "min", "minute" -> Duration.ofMinutes(1);
          case "h", "hour" -> Duration.ofHours(1);
          default -> throw new IllegalArgumentException("a rate is N/s, N/m or N/h, or off: " + text);
        };
    if (permits == 0) return OFF;
    return new RateLimit(permits, per, burst == null ? permits : burst);
  }

  @Override
  public String toString() {
    if (isOff()) return "off";
    String unit = per.equals(Duration.ofSeconds(1)) ? "s" : per.equals(Duration.ofMinutes(1)) ? "m" : "h";
    return permits + "/" + unit + " (burst " + burst + ")";
  }
}
