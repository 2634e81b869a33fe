package io.reelgate.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real server as users run it: {@code java -jar reelgate.jar serve} in a process of its own,
 * so that a test can kill it with SIGKILL and start it again on the same data folder.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static Path jar() {
    Path jar = Path.of("target", "reelgate.jar");
    if (!Files.isRegularFile(jar)) throw new IllegalStateException("no " + jar.toAbsolutePath() + ": run the package phase first");
    return jar;
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts {@code reelgate serve} and waits until it answers its health check. */
  public static ServerProcess start(Path dataDir, int port, Map<String, String> env, String... extraArgs)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar().toString(), "serve",
        "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
    command.addAll(List.of(extraArgs));
    Path log = Files.createTempFile(dataDir.getParent(), "server-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    ServerProcess server = new ServerProcess(builder.start(), port, log);
    server.awaitHealthy(Duration.ofSeconds(60));
    return server;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process.pid();
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  /** SIGKILL: no shutdown hook, no chance to hand anything back. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) throw new IllegalStateException("the server exited:\n" + log());
      try {
        HttpResponse<String> health = http.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not become healthy in " + timeout + ":\n" + log());
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) kill();
    }
  }
}
