package io.reelgate.app;

import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reelgate serve}: the HTTP server on embedded defaults (SQLite file, local folder). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Reelgate server.")
final class ServeCommand implements Callable<Integer> {
  static final String DATABASE_FILE = ReelgateServer.DATABASE_FILE;

  @Option(names = "--port", description = "The HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "" + ServerConfig.DEFAULT_PORT)
  int port;

  @Option(names = "--data-dir", description = "Where tasks, files and keys are kept (default: ${DEFAULT-VALUE}).", defaultValue = "reelgate-data")
  Path dataDir;

  @Option(names = "--public-url", description = "The scheme and host of result links (default: http://localhost:<port>).")
  String publicUrl;

  @Option(names = "--workers", description = "Videos rendered at once (default: half the cores, at least 1).")
  Integer workers;

  @Option(names = "--link-ttl", description = "Seconds a result link works (default: ${DEFAULT-VALUE}).", defaultValue = "3600")
  long linkTtlSeconds;

  @Option(names = "--sync-wait", description = "Longest wait, in seconds, of a GPTProto request with enable_sync_mode (default: ${DEFAULT-VALUE}).", defaultValue = "120")
  long syncWaitSeconds;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(port)
            .withDataDir(dataDir)
            .withPublicUrl(publicUrl)
            .withWorkers(workers != null ? workers : ServerConfig.defaultWorkers())
            .withLinkTtl(Duration.ofSeconds(linkTtlSeconds))
            .withSyncWaitLimit(Duration.ofSeconds(syncWaitSeconds));
    ReelgateServer server = ReelgateServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and Ctrl-C stop gracefully: no new claims, running renders are handed back.
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
