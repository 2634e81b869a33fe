package io.reelgate.junit;

import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.database.Database;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.limits.RateLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One Reelgate in this JVM: a fresh temporary data folder, the server on a free port rendering
 * small videos, and the keys. Keys are made beside the running server on the folder's database,
 * as {@code reelgate keys create} makes them; the server finds a new key on its first use.
 * Closing stops the server without waiting for renders under way and deletes the folder.
 */
final class InProcessServer implements AutoCloseable {
  /**
   * x264's fastest preset on one thread: a test wants the video, not its quality, and at this size
   * more threads gain nothing but take cores from the test. Measured on the 2-core build machine, a
   * 6-second text-to-video clip 64 pixels high: 16 ms (veryfast: 24 ms; more threads: 17 ms); the
   * same clip at 768P with the server's own settings: 2.8 s.
   */
  private static final EncoderSettings FAST_ENCODE = new EncoderSettings("ultrafast", 23, 1);

  private final Path dataDir;
  private final Database keysDatabase;
  private final ReelgateServer server;
  private final String apiKey;
  /** The first key is made before the server starts. */
  private final AtomicInteger keysMade = new AtomicInteger(1);

  private InProcessServer(Path dataDir, Database keysDatabase, ReelgateServer server, String apiKey) {
    this.dataDir = dataDir;
    this.keysDatabase = keysDatabase;
    this.server = server;
    this.apiKey = apiKey;
  }

  /**
   * Makes the folder and the first key, then starts the server; a server with a key in its
   * database makes none of its own (and prints none).
   */
  static InProcessServer start(ExtensionSettings settings) {
    Path dataDir = createFolder();
    Database keysDatabase = null;
    try {
      ServerConfig config = config(settings, dataDir);
      keysDatabase = Database.open(null, dataDir);
      String apiKey = keysDatabase.keys().create(keyName(1)).secret();
      MotionRenderer renderer = MotionRenderer.atShortSide(settings.renderShortSide(), FAST_ENCODE);
      ReelgateServer server = ReelgateServer.start(config, Clock.systemUTC(), renderer);
      return new InProcessServer(dataDir, keysDatabase, server, apiKey);
    } catch (RuntimeException | Error e) {
      closeQuietly(keysDatabase, e);
      deleteQuietly(dataDir, e);
      throw e;
    }
  }

  private static ServerConfig config(ExtensionSettings settings, Path dataDir) {
    ServerConfig.Limits limits =
        new ServerConfig.Limits(null, RateLimit.parse(settings.rateLimit(), null), settings.maxRunningPerKey());
    return ServerConfig.builder()
        .port(0)
        .dataDir(dataDir)
        .workers(settings.workers())
        .linkTtl(settings.linkTtl())
        .limits(limits)
        .allowPrivateNetwork(settings.allowPrivateNetwork())
        // A test that ended does not wait for the renders it left running.
        .shutdownGrace(Duration.ZERO)
        .build();
  }

  String baseUrl() {
    return server.publicUrl();
  }

  String apiKey() {
    return apiKey;
  }

  /** A new key of its own (its own tasks, credits and limits). */
  String newKey() {
    return createKey().secret();
  }

  /** A new key every task of which behaves as {@code scenario} ({@code NAME; param=value}). */
  String keyWithScenario(String scenario) {
    KeyStore.CreatedKey created = createKey();
    keysDatabase.keys().setScenario(created.key().id(), Scenario.parse(scenario, "scenario"));
    return created.secret();
  }

  private KeyStore.CreatedKey createKey() {
    return keysDatabase.keys().create(keyName(keysMade.incrementAndGet()));
  }

  private static String keyName(int number) {
    return "junit-" + number;
  }

  @Override
  public void close() {
    // Logs and goes past any of its parts that fails to close.
    server.close();
    try {
      keysDatabase.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the key database in " + dataDir, e);
    } finally {
      delete(dataDir);
    }
  }

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("reelgate-junit-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary data folder for Reelgate", e);
    }
  }

  /** Deletes the folder and everything in it, deepest first. */
  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete Reelgate's temporary data folder " + folder, e);
    }
  }

  private static void closeQuietly(Database database, Throwable cause) {
    if (database == null) return;
    try {
      database.close();
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void deleteQuietly(Path folder, Throwable cause) {
    try {
      delete(folder);
    } catch (UncheckedIOException e) {
      cause.addSuppressed(e);
    }
  }
}
