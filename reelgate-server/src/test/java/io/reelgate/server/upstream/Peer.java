package io.reelgate.server.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.render.Renderer;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second, real Reelgate that a gateway under test routes to: it speaks every dialect and renders
 * with the motion engine. What it was asked for is read back through its own task list.
 */
final class Peer implements AutoCloseable {
  static final String KEY = "rg_test_peer_0123456789abcdef0123456789ab";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final ReelgateServer server;
  private final Path dataDir;

  Peer(Path dataDir, boolean allowPrivateNetwork) {
    this(dataDir, allowPrivateNetwork, new MotionRenderer());
  }

  /** A peer rendering with {@code engine} (a small one, for suites that make many videos). */
  Peer(Path dataDir, boolean allowPrivateNetwork, Renderer engine) {
    this.dataDir = dataDir;
    this.server = ReelgateServer.start(ServerConfig.builder().port(0).dataDir(dataDir).workers(1)
        .apiKeys(List.of(KEY)).allowPrivateNetwork(allowPrivateNetwork).build(), Clock.systemUTC(), engine);
  }

  /** The folder of the peer's stored files. */
  Path files() {
    return dataDir.resolve(ReelgateServer.FILES_FOLDER);
  }

  String url() {
    return "http://localhost:" + server.port();
  }

  /** The tasks the peer was given, newest first, as its {@code /reelgate/v1/tasks} lists them. */
  List<JsonNode> tasks() {
    try {
      HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/reelgate/v1/tasks?limit=100"))
          .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
      List<JsonNode> tasks = new ArrayList<>();
      JSON.readTree(answer.body()).path("tasks").forEach(tasks::add);
      return tasks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The videos the peer stored. */
  List<byte[]> storedVideos() throws IOException {
    return videosIn(dataDir.resolve(ReelgateServer.FILES_FOLDER));
  }

  static List<byte[]> videosIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> files = Files.walk(folder)) {
      List<byte[]> videos = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".mp4")).toList()) videos.add(Files.readAllBytes(f));
      return videos;
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
