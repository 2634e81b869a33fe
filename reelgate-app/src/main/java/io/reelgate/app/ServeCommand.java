package io.reelgate.app;

import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.limits.RequestLimits;
import io.reelgate.server.files.s3.S3Config;
import io.reelgate.server.timing.Timing;
import io.reelgate.server.upstream.RoutingFile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reelgate serve}: the HTTP server, on embedded defaults (SQLite file, local folder) unless
 * told otherwise, such as {@code --db postgresql://...} for several instances on one database.
 *
 * <p>The environment variables of the server's configuration (README, "Configuration") are read
 * here and only here, as the defaults of the flags they stand for ({@code ${env:...}}); a variable
 * set but blank counts as not set.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Reelgate server.")
final class ServeCommand implements Callable<Integer> {
  static final String DATABASE_FILE = ReelgateServer.DATABASE_FILE;

  @Option(names = "--port", description = "The HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
  int port;

  @Option(names = "--data-dir", description = "Where tasks, files and keys are kept (default: ${DEFAULT-VALUE}).", defaultValue = "reelgate-data")
  Path dataDir;

  @Option(names = "--public-url", description = "The scheme and host of result links (default: http://localhost:<port>).")
  String publicUrl;

  // Never ${DEFAULT-VALUE} in the description: the address holds a password.
  @Option(names = "--db", paramLabel = "ADDRESS", defaultValue = "${env:REELGATE_DB}",
      description = "PostgreSQL shared by several instances: postgresql://user:password@host:5432/dbname or jdbc:postgresql://..."
          + " (default: $REELGATE_DB, else the SQLite file in the data folder).")
  String database;

  @Option(names = "--storage", paramLabel = "s3://BUCKET[/PREFIX]", defaultValue = "${env:REELGATE_STORAGE}",
      description = "An S3-compatible bucket for the input pictures and result videos, shared by several instances"
          + " (default: $REELGATE_STORAGE, else the folder files/ in the data folder)."
          + " Credentials come from the usual AWS settings: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ~/.aws, an instance role.")
  String storage;

  /** A string, made a URI only with --storage: an odd AWS_ENDPOINT_URL must not stop a server that does not use S3. */
  @Option(names = "--s3-endpoint", paramLabel = "URL", defaultValue = "${env:AWS_ENDPOINT_URL_S3:-${env:AWS_ENDPOINT_URL}}",
      description = "The S3 API's address, e.g. http://minio:9000 (default: $AWS_ENDPOINT_URL_S3, else $AWS_ENDPOINT_URL, else AWS).")
  String s3Endpoint;

  @Option(names = "--s3-region", defaultValue = "${env:AWS_REGION:-${env:AWS_DEFAULT_REGION}}",
      description = "The region to sign for (default: $AWS_REGION, else the AWS profile's, else us-east-1).")
  String s3Region;

  @Option(names = "--s3-path-style", negatable = true, defaultValue = "${env:REELGATE_S3_PATH_STYLE:-false}",
      description = "Address buckets as <endpoint>/<bucket>, as most S3-compatible servers need (default: $REELGATE_S3_PATH_STYLE, else false).")
  boolean s3PathStyle;

  @Option(names = "--admin-keys", paramLabel = "NAME_OR_ID[,...]", split = ",", defaultValue = "${env:REELGATE_ADMIN_KEYS}",
      description = "Keys, by name or id, that may open the operator's view at /operator (default: $REELGATE_ADMIN_KEYS, else none).")
  List<String> adminKeys;

  /** Hidden: a command line is visible to every user of the machine, the variable is the way. */
  @Option(names = "--api-keys", paramLabel = "KEY[,...]", split = ",", defaultValue = "${env:REELGATE_API_KEYS}", hidden = true,
      description = "Keys to accept besides those of `reelgate keys create` (default: $REELGATE_API_KEYS, else none).")
  List<String> apiKeys;

  @Option(names = "--allow-private-network",
      description = "Let image URLs point at loopback and private addresses (127/8, 10/8, 172.16/12, 192.168/16, 100.64/10, ::1, fc00::/7),"
          + " for a local network setup; link-local addresses such as 169.254.169.254 stay refused (default: public addresses only).")
  boolean allowPrivateNetwork;

  @Option(names = "--workers", description = "Videos rendered at once (default: half the cores, at least 1).")
  Integer workers;

  @Option(names = "--link-ttl", description = "Seconds a result link works (default: ${DEFAULT-VALUE}).", defaultValue = "3600")
  long linkTtlSeconds;

  @Option(names = "--sync-wait", description = "Longest wait, in seconds, of a GPTProto request with enable_sync_mode (default: ${DEFAULT-VALUE}).", defaultValue = "120")
  long syncWaitSeconds;

  @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "25",
      description = "On SIGTERM, how long renders under way get to finish before they are handed back to the queue"
          + " (default: ${DEFAULT-VALUE}, a little under the usual 30 s before an orchestrator's SIGKILL).")
  long shutdownGraceSeconds;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "A JSON price table, {\"MODEL/SECONDS/RESOLUTION\": credits} (parts may be *), over the default"
          + " (seconds x 1 credit at 512P, 2 at 720P/768P, 4 at 1080P); see docs/BILLING.md.")
  Path prices;

  @Option(names = "--rate-limit", paramLabel = "N/s|N/m|N/h|off", defaultValue = "off",
      description = "Creates per key and instance; over it: 429 with Retry-After (MiniMax 1002) (default: ${DEFAULT-VALUE}).")
  String rateLimit;

  @Option(names = "--rate-burst", paramLabel = "N",
      description = "Creates a key may send at once before the rate applies (default: N of --rate-limit).")
  Integer rateBurst;

  @Option(names = "--max-running-per-key", paramLabel = "N", defaultValue = "0",
      description = "Tasks of one key rendering at once; the rest wait in the queue (default: 0, no limit).")
  int maxRunningPerKey;

  @Option(names = "--max-in-flight-per-key", paramLabel = "N", defaultValue = "8",
      description = "Creates of one key being received at once (body uploading, image URLs downloading);"
          + " over it: 429 with Retry-After (MiniMax 1002) (default: ${DEFAULT-VALUE}; 0: no limit).")
  int maxInFlightPerKey;

  @Option(names = "--body-min-rate", paramLabel = "BYTES_PER_SECOND", defaultValue = "4096",
      description = "Bytes per second a request body must arrive at, over the time the server waits for it (the first two seconds free), or it is cut off with 408"
          + " (MiniMax 1001) (default: ${DEFAULT-VALUE}; 0: no minimum).")
  long bodyMinRate;

  @Option(names = "--body-timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "Longest time a request body may take to arrive, from its headers; then 408 (MiniMax 1001) (default: ${DEFAULT-VALUE}).")
  long bodyTimeoutSeconds;

  @Option(names = "--image-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Longest time one image URL may take to download, redirects included (default: ${DEFAULT-VALUE}).")
  long imageTimeoutSeconds;

  @Option(names = "--routes", paramLabel = "FILE", defaultValue = "${env:REELGATE_ROUTES}",
      description = "A YAML routing file: which upstream providers (MiniMax, Novita, HighwayAPI, Evolink, GPTProto)"
          + " serve which models, with failover; see docs/ROUTING.md (default: $REELGATE_ROUTES, else every model"
          + " is rendered by the built-in motion engine).")
  Path routes;

  /**
   * Null when neither a flag nor the variable is given: the server's default. The fallback value
   * makes {@code --scenarios} true whatever the variable says (picocli would otherwise negate it).
   */
  @Option(names = "--scenarios", negatable = true, defaultValue = "${env:REELGATE_SCENARIOS}", fallbackValue = "true",
      description = "Let creates ask for failure scenarios: the Reelgate-Scenario header, a [[reelgate:NAME]] prompt marker, a key's"
          + " scenario (docs/SCENARIOS.md); --no-scenarios refuses them, for a production server (default: $REELGATE_SCENARIOS,"
          + " else on only when no upstream routes are configured).")
  Boolean scenarios;

  @Option(names = "--timing", paramLabel = "instant|fast|realistic", defaultValue = "${env:REELGATE_TIMING:-fast}",
      description = "How long the tasks rendered here take: fast, the engine's own pace; realistic, queued then processing about as long"
          + " as the real Hailuo services take (minutes; docs/SCENARIOS.md), for testing clients' timeouts and progress bars;"
          + " instant, the smallest real video at once. Tasks routed upstream take their provider's time"
          + " (default: $REELGATE_TIMING, else fast).")
  Timing timing;

  /** For tests and operators who want faster takeovers; see docs/DEPLOYMENT.md, "Leases". */
  @Option(names = "--lease-seconds", hidden = true, defaultValue = "30",
      description = "How long a claimed task stays this instance's without a renewal (at least 3).")
  long leaseSeconds;

  /** The S3 bucket of {@code --storage} or {@code REELGATE_STORAGE}; null for the local folder. */
  S3Config s3Storage() {
    if (!given(storage)) return null;
    return S3Config.parse(storage.strip())
        .withEndpoint(given(s3Endpoint) ? URI.create(s3Endpoint.strip()) : null)
        .withRegion(given(s3Region) ? s3Region : null)
        .withPathStyle(s3PathStyle);
  }

  /** What keeps slow clients from holding the server up, from the four flags. */
  RequestLimits requestLimits() {
    return new RequestLimits(
        bodyMinRate, Duration.ofSeconds(bodyTimeoutSeconds), maxInFlightPerKey, Duration.ofSeconds(imageTimeoutSeconds));
  }

  /**
   * The server's configuration, from the flags and the environment variables behind them.
   *
   * @throws IllegalArgumentException naming the flag, or the file and setting of the routing file,
   *     whose value is wrong
   */
  ServerConfig config() {
    ServerConfig.Builder config =
        ServerConfig.builder()
            .port(port)
            .dataDir(dataDir)
            .publicUrl(publicUrl)
            .linkTtl(Duration.ofSeconds(linkTtlSeconds))
            .syncWaitLimit(Duration.ofSeconds(syncWaitSeconds))
            .database(database)
            .storage(s3Storage())
            .apiKeys(names(apiKeys))
            .adminKeys(names(adminKeys))
            .allowPrivateNetwork(allowPrivateNetwork)
            .shutdownGrace(Duration.ofSeconds(shutdownGraceSeconds))
            .lease(Duration.ofSeconds(leaseSeconds))
            .limits(new ServerConfig.Limits(prices, RateLimit.parse(rateLimit, rateBurst), maxRunningPerKey))
            .requestLimits(requestLimits())
            .timing(timing);
    if (workers != null) config.workers(workers);
    if (given(routes)) config.routing(RoutingFile.read(routes));
    if (scenarios != null) config.scenarios(scenarios);
    return config.build();
  }

  /** The names of a comma-separated list, such as {@code REELGATE_API_KEYS}; blanks are skipped. */
  private static List<String> names(List<String> commaSeparated) {
    if (commaSeparated == null) return List.of();
    return commaSeparated.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
  }

  /** Whether a flag, or the variable behind it, was given a value. */
  private static boolean given(Object value) {
    return value != null && !value.toString().isBlank();
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config;
    try {
      config = config();
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage()); // names the flag or the file and its setting, never a secret
      return 2;
    }
    ReelgateServer server = ReelgateServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and Ctrl-C stop gracefully: not ready, no new claims, running renders finish within
    // the grace period or are handed back.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "reelgate-shutdown"));
    stopped.await();
    return 0;
  }
}
