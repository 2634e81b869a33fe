package io.reelgate.server.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One upstream account a model can be routed to.
 *
 * @param name the route's name in the routing file, used in logs and metrics
 * @param engine which provider API it speaks
 * @param baseUrl where that API is
 * @param apiKey the secret, already read from the environment or a secrets file
 * @param images how input pictures are sent
 * @param idempotentCreate whether the upstream honours {@code Idempotency-Key} on create (a
 *     Reelgate peer does): only then is a create whose answer was lost (a timeout, a crash
 *     between sending it and storing the answer) sent again, with the same key
 * @param pollEvery how often a task is polled while it is within {@code pollDeadline}
 * @param pollDeadline how long after acceptance a task is expected to end; past it the task is
 *     reconciling: still PROCESSING to the client, polled every {@code reconcileEvery}
 * @param reconcileEvery the slower pace of polls past the deadline
 * @param giveUpAfter how long after acceptance the upstream surely no longer keeps the task (its
 *     retention): only then does a task that never answered fail, and its credit go back
 * @param requestTimeout the time limit of one HTTP request to the upstream
 */
public record RouteSettings(
    String name,
    EngineKind engine,
    URI baseUrl,
    String apiKey,
    ImageDelivery images,
    boolean idempotentCreate,
    Duration pollEvery,
    Duration pollDeadline,
    Duration reconcileEvery,
    Duration giveUpAfter,
    Duration requestTimeout) {

  public static final Duration DEFAULT_POLL_EVERY = Duration.ofSeconds(10);
  public static final Duration DEFAULT_POLL_DEADLINE = Duration.ofMinutes(30);
  public static final Duration DEFAULT_RECONCILE_EVERY = Duration.ofMinutes(5);
  /** MiniMax's download links live about 9 hours; its tasks are kept at least that long. */
  public static final Duration DEFAULT_GIVE_UP_AFTER = Duration.ofHours(24);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  public RouteSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(images, "images");
    if (pollDeadline.compareTo(pollEvery) < 0) throw new IllegalArgumentException(name + ": poll-deadline is shorter than poll-every");
    if (giveUpAfter.compareTo(pollDeadline) < 0) throw new IllegalArgumentException(name + ": give-up-after is shorter than poll-deadline");
  }

  /** A route with every setting at its default. */
  public static RouteSettings of(String name, EngineKind engine, URI baseUrl, String apiKey) {
    return new RouteSettings(name, engine, baseUrl, apiKey, ImageDelivery.DATA_URI, false, DEFAULT_POLL_EVERY,
        DEFAULT_POLL_DEADLINE, DEFAULT_RECONCILE_EVERY, DEFAULT_GIVE_UP_AFTER, DEFAULT_REQUEST_TIMEOUT);
  }

  public RouteSettings withPolling(Duration every, Duration deadline, Duration reconcile, Duration giveUp) {
    return new RouteSettings(name, engine, baseUrl, apiKey, images, idempotentCreate, every, deadline, reconcile, giveUp,
        requestTimeout);
  }

  public RouteSettings withImages(ImageDelivery images) {
    return new RouteSettings(name, engine, baseUrl, apiKey, images, idempotentCreate, pollEvery, pollDeadline,
        reconcileEvery, giveUpAfter, requestTimeout);
  }

  public RouteSettings withIdempotentCreate(boolean idempotent) {
    return new RouteSettings(name, engine, baseUrl, apiKey, images, idempotent, pollEvery, pollDeadline,
        reconcileEvery, giveUpAfter, requestTimeout);
  }

  public RouteSettings withRequestTimeout(Duration timeout) {
    return new RouteSettings(name, engine, baseUrl, apiKey, images, idempotentCreate, pollEvery, pollDeadline,
        reconcileEvery, giveUpAfter, timeout);
  }
}
