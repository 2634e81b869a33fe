package io.reelgate.server;

import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.limits.RequestLimits;
import io.reelgate.server.storage.s3.S3Config;
import io.reelgate.server.task.WorkerPool;
import io.reelgate.server.upstream.RoutingTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How to run a {@link ReelgateServer}. Start from {@link #defaults()} and change what differs.
 *
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param dataDir the folder of the SQLite file (when {@code database} is null), the stored files
 *     and the renders in progress
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
    RequestLimits requestLimits) {

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
      Objects.requireNonNull(rateLimit, "rateLimit");
      if (maxRunningPerKey < 0) throw new IllegalArgumentException("maxRunningPerKey must be 0 (no limit) or more");
    }
  }

  public static final int DEFAULT_PORT = 8080;
  public static final Path DEFAULT_DATA_DIR = Path.of("reelgate-data");
  public static final Duration DEFAULT_LINK_TTL = Duration.ofSeconds(3600);
  public static final String API_KEYS_ENV = "REELGATE_API_KEYS";
  public static final Duration DEFAULT_SYNC_WAIT_LIMIT = Duration.ofSeconds(120);
  /** Where {@code reelgate serve} and {@code reelgate keys} find the database without {@code --db}. */
  public static final String DATABASE_ENV = "REELGATE_DB";
  /** Where {@code reelgate serve} finds the S3 bucket ({@code s3://bucket[/prefix]}) without {@code --storage}. */
  public static final String STORAGE_ENV = "REELGATE_STORAGE";
  /** Names or ids of admin keys, comma-separated, when {@code --admin-keys} is not given. */
  public static final String ADMIN_KEYS_ENV = "REELGATE_ADMIN_KEYS";
  public static final Duration DEFAULT_LEASE = WorkerPool.LEASE;
  /** A little under the 30 s that orchestrators (Kubernetes, systemd, ECS) wait before SIGKILL. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(25);

  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(linkTtl, "linkTtl");
    Objects.requireNonNull(syncWaitLimit, "syncWaitLimit");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1: " + workers);
    if (linkTtl.isNegative() || linkTtl.isZero()) throw new IllegalArgumentException("linkTtl must be positive");
    if (syncWaitLimit.isNegative()) throw new IllegalArgumentException("syncWaitLimit must not be negative");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (limits == null) limits = Limits.NONE;
    if (routing == null) routing = RoutingTable.NONE;
    if (requestLimits == null) requestLimits = RequestLimits.DEFAULT;
    if (lease.compareTo(WorkerPool.SHORTEST_LEASE) < 0) {
      throw new IllegalArgumentException("lease must be at least " + WorkerPool.SHORTEST_LEASE.toSeconds() + " s: " + lease);
    }
    if (shutdownGrace.isNegative()) throw new IllegalArgumentException("shutdownGrace must not be negative");
    if (publicUrl != null) publicUrl = publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    if (database != null) database = database.isBlank() ? null : database.strip();
    apiKeys = List.copyOf(apiKeys);
    adminKeys = List.copyOf(adminKeys);
  }

  /**
   * Port 8080, {@code ./reelgate-data}, links for an hour, keys from {@code REELGATE_API_KEYS},
   * synchronous creates held two minutes at most.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_PORT,
        DEFAULT_DATA_DIR,
        null,
        defaultWorkers(),
        DEFAULT_LINK_TTL,
        parseKeys(System.getenv(API_KEYS_ENV)),
        DEFAULT_SYNC_WAIT_LIMIT,
        null,
        null,
        parseKeys(System.getenv(ADMIN_KEYS_ENV)),
        false,
        DEFAULT_LEASE,
        DEFAULT_SHUTDOWN_GRACE,
        Limits.NONE,
        RoutingTable.NONE,
        RequestLimits.DEFAULT);
  }

  /**
   * Half the cores: x264 already spreads one encode over several threads, so one render per core
   * would only make them all slower.
   */
  public static int defaultWorkers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /** The keys of a comma-separated list such as {@code REELGATE_API_KEYS}; blanks are skipped. */
  public static List<String> parseKeys(String commaSeparated) {
    if (commaSeparated == null) return List.of();
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withDataDir(Path dataDir) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withPublicUrl(String publicUrl) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withWorkers(int workers) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withLinkTtl(Duration linkTtl) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withApiKeys(List<String> apiKeys) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withSyncWaitLimit(Duration syncWaitLimit) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withDatabase(String database) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withStorage(S3Config storage) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withAdminKeys(List<String> adminKeys) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withAllowPrivateNetwork(boolean allowPrivateNetwork) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withLease(Duration lease) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withShutdownGrace(Duration shutdownGrace) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withLimits(Limits limits) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withRouting(RoutingTable routing) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }

  public ServerConfig withRequestLimits(RequestLimits requestLimits) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit, database, storage, adminKeys, allowPrivateNetwork, lease, shutdownGrace, limits, routing, requestLimits);
  }
}
