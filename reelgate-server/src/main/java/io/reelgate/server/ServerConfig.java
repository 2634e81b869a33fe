package io.reelgate.server;

import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.limits.RequestLimits;
import io.reelgate.server.files.s3.S3Config;
import io.reelgate.server.task.WorkerPool;
import io.reelgate.server.timing.Timing;
import io.reelgate.server.upstream.RoutingTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run a {@link ReelgateServer}, made with {@link #builder()}: {@code
 * ServerConfig.builder().port(0).dataDir(dir).build()}; what the builder is not told keeps its
 * default. Nothing here reads the environment: {@code reelgate serve} maps its flags and the
 * {@code REELGATE_...} variables onto the builder.
 *
 * @param port the HTTP port ({@code --port}); 0 picks a free one (tests)
 * @param dataDir the folder of the SQLite file (when {@code database} is null), the stored files
 *     and the renders in progress ({@code --data-dir})
 * @param publicUrl the scheme and host of the links handed out, e.g. {@code
 *     https://videos.example.com}; null for {@code http://localhost:<port>}
 * @param workers how many videos render at once
 * @param linkTtl how long a result link works ({@code video_url_ttl})
 * @param apiKeys keys to accept besides those created with {@code reelgate keys create}
 * @param syncWaitLimit how long a create request that asks to wait for its result (GPTProto's
 *     {@code enable_sync_mode}) is held at most before it answers with the task as it is
 * @param database where tasks, keys and shared settings live: null for the SQLite file of the
 *     data folder (one server per folder), or a PostgreSQL server that several instances share,
 *     as {@code postgresql://user:password@host:5432/dbname} or {@code jdbc:postgresql://...}
 * @param storage where input pictures and result videos live: null for the {@code files} folder
 *     of the data folder, or a bucket of an S3-compatible store that several instances share
 * @param adminKeys names or ids of the keys that may open the operator's view ({@code /operator})
 * @param allowPrivateNetwork whether image URLs and webhooks may point at loopback and
 *     private addresses ({@code --allow-private-network}); off by default, and link-local
 *     addresses such as the cloud metadata endpoint stay refused either way
 * @param lease how long a claimed task stays this instance's without a renewal (renewed every
 *     third of it): after a crash, other instances take its tasks over once it ran out. Shorter
 *     means a faster takeover and more database writes; tests shorten it
 * @param shutdownGrace how long, when the server stops, the renders under way get to finish before
 *     they are interrupted and handed back to the queue
 * @param limits prices, each key's rate of creates and its tasks running at once; none by default
 * @param routing which models upstream providers serve, from the routing file ({@code --routes},
 *     docs/ROUTING.md); none by default, so every model is rendered by the built-in engine
 * @param requestLimits what keeps slow clients from holding the server up: the minimum rate and
 *     the deadline of request bodies, each key's creates in flight, the deadline of an image URL
 * @param scenarios whether creates may ask for failure scenarios (docs/SCENARIOS.md; {@code
 *     --scenarios}, {@code --no-scenarios}); by default only when no upstream routes are configured,
 *     so that a production server refuses them
 * @param timing how long the tasks this server renders take ({@code --timing}, docs/SCENARIOS.md):
 *     {@link Timing#FAST} by default
 * @param timingScale what the realistic timing's waits are multiplied by: 1 but in tests, which
 *     shorten them as they shorten the lease; more than 0, at most 1
 */
public record ServerConfig(
    int port,
    Path dataDir,
    String publicUrl,
    int workers,
    Duration linkTtl,
    List<String> apiKeys,
    Duration syncWaitLimit,
    String database,
    S3Config storage,
    List<String> adminKeys,
    boolean allowPrivateNetwork,
    Duration lease,
    Duration shutdownGrace,
    Limits limits,
    RoutingTable routing,
    RequestLimits requestLimits,
    boolean scenarios,
    Timing timing,
    double timingScale) {

  /**
   * What a key may spend and how fast (docs/BILLING.md).
   *
   * @param prices a JSON price table over the default one ({@code --prices}); null for the default
   * @param rateLimit creates per key ({@code --rate-limit}); {@link RateLimit#OFF} by default
   * @param maxRunningPerKey tasks of one key rendering at once ({@code --max-running-per-key}); 0
   *     for no limit, the default
   */
  public record Limits(Path prices, RateLimit rateLimit, int maxRunningPerKey) {
    public static final Limits NONE = new Limits(null, RateLimit.OFF, 0);

    public Limits {
      Objects.requireNonNull(rateLimit, "rateLimit (--rate-limit)");
      if (maxRunningPerKey < 0) throw invalid("maxRunningPerKey (--max-running-per-key)", "0 (no limit) or more", maxRunningPerKey);
    }
  }

  /**
   * Checks every value, naming the setting and its flag of {@code reelgate serve}, so that no
   * ServerConfig is invalid; a blank public URL or database address means none.
   */
  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir (--data-dir)");
    Objects.requireNonNull(linkTtl, "linkTtl (--link-ttl)");
    Objects.requireNonNull(syncWaitLimit, "syncWaitLimit (--sync-wait)");
    Objects.requireNonNull(lease, "lease (--lease-seconds)");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace (--shutdown-grace)");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(routing, "routing (--routes)");
    Objects.requireNonNull(requestLimits, "requestLimits");
    Objects.requireNonNull(timing, "timing (--timing)");
    if (port < 0 || port > 65535) throw invalid("port (--port)", "0 to 65535", port);
    if (workers < 1) throw invalid("workers (--workers)", "at least 1", workers);
    if (!linkTtl.isPositive()) throw invalid("linkTtl (--link-ttl)", "positive", seconds(linkTtl));
    if (syncWaitLimit.isNegative()) throw invalid("syncWaitLimit (--sync-wait)", "0 or more", seconds(syncWaitLimit));
    if (lease.compareTo(WorkerPool.SHORTEST_LEASE) < 0) {
      throw invalid("lease (--lease-seconds)", "at least " + seconds(WorkerPool.SHORTEST_LEASE), seconds(lease));
    }
    if (!(timingScale > 0 && timingScale <= 1)) throw invalid("timingScale", "more than 0 and at most 1", timingScale);
    if (shutdownGrace.isNegative()) throw invalid("shutdownGrace (--shutdown-grace)", "0 or more", seconds(shutdownGrace));
    if (publicUrl != null) publicUrl = publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    if (database != null) database = database.isBlank() ? null : database.strip();
    apiKeys = List.copyOf(apiKeys);
    adminKeys = List.copyOf(adminKeys);
  }

  /** A builder with every default: see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings of a server, each with its default: port 8080, {@code ./reelgate-data}, links for
   * an hour, no keys but those of the database, synchronous creates held two minutes at most.
   * {@link #build()} checks the values.
   */
  public static final class Builder {
    private int port = 8080;
    private Path dataDir = Path.of("reelgate-data");
    private String publicUrl;
    /**
     * Half the cores: x264 already spreads one encode over several threads, so one render per core
     * would only make them all slower.
     */
    private int workers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private Duration linkTtl = Duration.ofHours(1);
    private List<String> apiKeys = List.of();
    private Duration syncWaitLimit = Duration.ofMinutes(2);
    private String database;
    private S3Config storage;
    private List<String> adminKeys = List.of();
    private boolean allowPrivateNetwork;
    private Duration lease = WorkerPool.LEASE;
    /** A little under the 30 s that orchestrators (Kubernetes, systemd, ECS) wait before SIGKILL. */
    private Duration shutdownGrace = Duration.ofSeconds(25);
    private Limits limits = Limits.NONE;
    private RoutingTable routing = RoutingTable.NONE;
    private RequestLimits requestLimits = RequestLimits.DEFAULT;
    /** Null: on only when no upstream routes are configured. */
    private Boolean scenarios;
    private Timing timing = Timing.FAST;
    private double timingScale = 1;

    private Builder() {}

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    public Builder publicUrl(String publicUrl) {
      this.publicUrl = publicUrl;
      return this;
    }

    public Builder workers(int workers) {
      this.workers = workers;
      return this;
    }

    public Builder linkTtl(Duration linkTtl) {
      this.linkTtl = linkTtl;
      return this;
    }

    public Builder apiKeys(List<String> apiKeys) {
      this.apiKeys = apiKeys;
      return this;
    }

    public Builder syncWaitLimit(Duration syncWaitLimit) {
      this.syncWaitLimit = syncWaitLimit;
      return this;
    }

    public Builder database(String database) {
      this.database = database;
      return this;
    }

    public Builder storage(S3Config storage) {
      this.storage = storage;
      return this;
    }

    public Builder adminKeys(List<String> adminKeys) {
      this.adminKeys = adminKeys;
      return this;
    }

    public Builder allowPrivateNetwork(boolean allowPrivateNetwork) {
      this.allowPrivateNetwork = allowPrivateNetwork;
      return this;
    }

    public Builder lease(Duration lease) {
      this.lease = lease;
      return this;
    }

    public Builder shutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = shutdownGrace;
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    public Builder routing(RoutingTable routing) {
      this.routing = routing;
      return this;
    }

    public Builder requestLimits(RequestLimits requestLimits) {
      this.requestLimits = requestLimits;
      return this;
    }

    /** Whether scenarios may be asked for; unless told, they may when no upstream routes are configured. */
    public Builder scenarios(boolean scenarios) {
      this.scenarios = scenarios;
      return this;
    }

    public Builder timing(Timing timing) {
      this.timing = timing;
      return this;
    }

    /** For tests: the realistic timing's waits multiplied by {@code scale}, e.g. 0.01 for a hundredth. */
    public Builder timingScale(double scale) {
      this.timingScale = scale;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException naming the setting (and its flag) of a value out of range
     * @throws NullPointerException naming the setting that was set to null but needs a value
     */
    public ServerConfig build() {
      return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage,
          adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits,
          scenarios != null ? scenarios : routing == null || routing.routes().isEmpty(), timing, timingScale);
    }
  }

  private static IllegalArgumentException invalid(String setting, String rule, Object value) {
    return new IllegalArgumentException(setting + " must be " + rule + ", not " + value);
  }

  /** {@code 3 s}, or {@code 200 ms} for what is not whole seconds. */
  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }
}
