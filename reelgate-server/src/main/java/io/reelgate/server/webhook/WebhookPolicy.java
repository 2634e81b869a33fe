package io.reelgate.server.webhook;

import io.reelgate.core.task.Status;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a dialect's webhooks behave, as its provider documents them: which status changes are told,
 * how long the receiver has to answer, how often and after which pauses a failed delivery is
 * tried again, and whether the receiver must first echo a challenge (MiniMax).
 *
 * @param retryDelays the pause before each retry; as many retries as entries
 */
public record WebhookPolicy(Duration timeout, List<Duration> retryDelays, Set<Status> events, boolean challenge) {
  /** MiniMax: the challenge must be echoed within 3 s. */
  public static final Duration CHALLENGE_TIMEOUT = Duration.ofSeconds(3);

  /** The terminal statuses: succeeded, failed, cancelled. */
  public static final Set<Status> ENDS = Set.of(Status.SUCCEEDED, Status.FAILED, Status.CANCELLED);

  public WebhookPolicy {
    Objects.requireNonNull(timeout, "timeout");
    retryDelays = List.copyOf(retryDelays);
    events = Set.copyOf(events);
  }

  public int maxAttempts() {
    return 1 + retryDelays.size();
  }

  public boolean firesOn(Status status) {
    return events.contains(status);
  }

  /** {@code count} retries, the first after {@code first} and each next one twice as late. */
  public static List<Duration> doubling(Duration first, int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> first.multipliedBy(1L << i)).toList();
  }
}
