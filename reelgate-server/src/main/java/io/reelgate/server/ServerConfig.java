package io.reelgate.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How to run a {@link ReelgateServer}. Start from {@link #defaults()} and change what differs.
 *
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param dataDir the folder of the SQLite file, the stored files and the link-signing secret
 * @param publicUrl the scheme and host of the links handed out, e.g. {@code
 *     https://videos.example.com}; null for {@code http://localhost:<port>}
 * @param workers how many videos render at once
 * @param linkTtl how long a result link works ({@code video_url_ttl})
 * @param apiKeys keys to accept besides those created with {@code reelgate keys create}
 * @param syncWaitLimit how long a create request that asks to wait for its result (GPTProto's
 *     {@code enable_sync_mode}) is held at most before it answers with the task as it is
 */
public record ServerConfig(
    int port,
    Path dataDir,
    String publicUrl,
    int workers,
    Duration linkTtl,
    List<String> apiKeys,
    Duration syncWaitLimit) {

  public static final int DEFAULT_PORT = 8080;
  public static final Path DEFAULT_DATA_DIR = Path.of("reelgate-data");
  public static final Duration DEFAULT_LINK_TTL = Duration.ofSeconds(3600);
  public static final String API_KEYS_ENV = "REELGATE_API_KEYS";
  public static final Duration DEFAULT_SYNC_WAIT_LIMIT = Duration.ofSeconds(120);

  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(linkTtl, "linkTtl");
    Objects.requireNonNull(syncWaitLimit, "syncWaitLimit");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1: " + workers);
    if (linkTtl.isNegative() || linkTtl.isZero()) throw new IllegalArgumentException("linkTtl must be positive");
    if (syncWaitLimit.isNegative()) throw new IllegalArgumentException("syncWaitLimit must not be negative");
    if (publicUrl != null) publicUrl = publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    apiKeys = List.copyOf(apiKeys);
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
        DEFAULT_SYNC_WAIT_LIMIT);
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
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }

  public ServerConfig withDataDir(Path dataDir) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }

  public ServerConfig withPublicUrl(String publicUrl) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }

  public ServerConfig withWorkers(int workers) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }

  public ServerConfig withLinkTtl(Duration linkTtl) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }

  public ServerConfig withApiKeys(List<String> apiKeys) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }

  public ServerConfig withSyncWaitLimit(Duration syncWaitLimit) {
    return new ServerConfig(port, dataDir, publicUrl, workers, linkTtl, apiKeys, syncWaitLimit);
  }
}
