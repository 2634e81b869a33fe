package io.reelgate.server.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One upstream account a model can be routed to. Built with {@link #builder}: each setting is
 * named where it is given, so that two durations can never be swapped unseen.
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

  /** The settings of route {@code name}: the key is required, everything else has its default. */
  public static Builder builder(String name, EngineKind engine) {
    return new Builder(name, engine);
  }

  /** Collects a route's settings; {@link #build} checks how they relate. */
  public static final class Builder {
    private final String name;
    private final EngineKind engine;
    private URI baseUrl;
    private String apiKey;
    private ImageDelivery images = ImageDelivery.DATA_URI;
    private boolean idempotentCreate;
    private Duration pollEvery = DEFAULT_POLL_EVERY;
    private Duration pollDeadline = DEFAULT_POLL_DEADLINE;
    private Duration reconcileEvery = DEFAULT_RECONCILE_EVERY;
    private Duration giveUpAfter = DEFAULT_GIVE_UP_AFTER;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

    private Builder(String name, EngineKind engine) {
      this.name = Objects.requireNonNull(name, "name");
      this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Where the engine's API is (default: where its provider serves it, {@link EngineKind#defaultBaseUrl}). */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Default: {@link ImageDelivery#DATA_URI}. */
    public Builder images(ImageDelivery images) {
      this.images = images;
      return this;
    }

    /** Default: false, a create whose answer was lost is never sent again. */
    public Builder idempotentCreate(boolean idempotentCreate) {
      this.idempotentCreate = idempotentCreate;
      return this;
    }

    public Builder pollEvery(Duration pollEvery) {
      this.pollEvery = pollEvery;
      return this;
    }

    public Builder pollDeadline(Duration pollDeadline) {
      this.pollDeadline = pollDeadline;
      return this;
    }

    public Builder reconcileEvery(Duration reconcileEvery) {
      this.reconcileEvery = reconcileEvery;
      return this;
    }

    public Builder giveUpAfter(Duration giveUpAfter) {
      this.giveUpAfter = giveUpAfter;
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the poll deadline is shorter than the poll pace, or the
     *     give-up time shorter than the deadline; the message starts with the route's name
     */
    public RouteSettings build() {
      URI url = baseUrl != null ? baseUrl : URI.create(engine.defaultBaseUrl());
      return new RouteSettings(name, engine, url, apiKey, images, idempotentCreate, pollEvery, pollDeadline,
          reconcileEvery, giveUpAfter, requestTimeout);
    }
  }
}
