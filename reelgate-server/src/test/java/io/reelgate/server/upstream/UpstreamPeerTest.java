package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.client.Dialect;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A gateway Reelgate whose model is routed to a second, real Reelgate (the peer) through each
 * upstream engine: the peer renders, the gateway keeps the video in its own storage and serves it
 * from its own link. Real HTTP on real ports both ways; nothing is faked.
 */
class UpstreamPeerTest {
  static final String GATEWAY_KEY = "rg_test_gateway_0123456789abcdef012345678";
  static final String PROMPT = "An astronaut floats above the Earth [Pan left, Zoom in]";

  @TempDir static Path peerDir;
  static Peer peer;

  @BeforeAll
  static void startPeer() {
    peer = new Peer(peerDir, true);
  }

  @AfterAll
  static void stopPeer() {
    peer.close();
  }

  static RouteSettings peerRoute(String name, EngineKind engine) {
    return peerRouteBuilder(name, engine).build();
  }

  /** A route to the peer polled every 200 ms, with deadlines far beyond any test. */
  static RouteSettings.Builder peerRouteBuilder(String name, EngineKind engine) {
    return peerRouteBuilder(peer, name, engine);
  }

  /** A route to {@code to} polled every 200 ms, with deadlines far beyond any test. */
  static RouteSettings.Builder peerRouteBuilder(Peer to, String name, EngineKind engine) {
    return RouteSettings.builder(name, engine).baseUrl(URI.create(to.url())).apiKey(Peer.KEY)
        .pollEvery(Duration.ofMillis(200)).pollDeadline(Duration.ofMinutes(2)).reconcileEvery(Duration.ofSeconds(1))
        .giveUpAfter(Duration.ofMinutes(5));
  }

  static ReelgateServer gateway(Path dir, List<RouteSettings> routes) {
    return gateway(dir, ModelCatalog.HAILUO_23, routes);
  }

  /** A gateway routing {@code model} to {@code routes}, in their order. */
  static ReelgateServer gateway(Path dir, String model, List<RouteSettings> routes) {
    Map<String, RouteSettings> byName = new java.util.LinkedHashMap<>();
    routes.forEach(r -> byName.put(r.name(), r));
    List<ModelRoute> order = routes.stream().map(r -> new ModelRoute(r.name(), 0)).toList();
    RoutingTable table = new RoutingTable(byName, Map.of(model, order), 8);
    return ReelgateServer.start(ServerConfig.builder().port(0).dataDir(dir).workers(1)
        .apiKeys(List.of(GATEWAY_KEY)).routing(table).build());
  }

  static VideoClient client(ReelgateServer gateway) {
    return VideoClient.builder(Dialect.NOVITA).baseUrl("http://localhost:" + gateway.port()).apiKey(GATEWAY_KEY)
        .pollInterval(Duration.ofMillis(200), Duration.ofSeconds(1)).build();
  }

  static VideoRequest astronaut() {
    String image = "data:image/webp;base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes("astronaut.webp"));
    return VideoRequest.of(PROMPT).withModel(ModelCatalog.HAILUO_23).withImage(image).withDuration(6).withResolution("768P");
  }

  @ParameterizedTest
  @EnumSource(value = EngineKind.class, names = {"MINIMAX_V2", "NOVITA_H3"}, mode = EnumSource.Mode.EXCLUDE)
  void eachEngineHasThePeerMakeTheVideoAndKeepsItLocally(EngineKind engine, @TempDir Path dir) throws Exception {
    int peerTasksBefore = peer.tasks().size();
    try (ReelgateServer gateway = gateway(dir, List.of(peerRoute("peer-" + engine.configName(), engine)))) {
      VideoClient client = client(gateway);
      String id = client.create(astronaut());
      VideoTask done = client.await(id, Duration.ofMinutes(3), null);
      assertThat(done.status()).as("%s: %s", engine, done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);

      // The peer was asked once, with the prompt and its camera commands untouched.
      List<JsonNode> peerTasks = peer.tasks();
      assertThat(peerTasks).hasSize(peerTasksBefore + 1);
      assertThat(peerTasks.get(0).path("prompt").asText()).isEqualTo(PROMPT);
      assertThat(peerTasks.get(0).path("status").asText()).isEqualTo("succeeded");

      // The gateway's link serves the gateway's own copy, which is the peer's video byte for byte.
      assertThat(done.videoUrl()).startsWith("http://localhost:" + gateway.port() + "/files/");
      Path downloaded = dir.resolve("download.mp4");
      client.download(done.videoUrl(), downloaded);
      byte[] video = Files.readAllBytes(downloaded);
      assertThat(Peer.videosIn(dir.resolve(ReelgateServer.FILES_FOLDER))).anySatisfy(v -> assertThat(v).isEqualTo(video));
      assertThat(peer.storedVideos()).anySatisfy(v -> assertThat(v).isEqualTo(video));
      VideoInfo info = VideoProbe.probe(downloaded);
      assertThat(info.codec()).isEqualTo("h264");
      assertThat(info.frames()).isEqualTo(150);
      assertThat(metrics(gateway)).contains("reelgate_route_tasks_total{route=\"peer-" + engine.configName()
          + "\",outcome=\"succeeded\"} 1");
    }
  }

  @Test
  void aRouteThatRefusesConnectionsFailsOverToTheNext(@TempDir Path dir) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RouteSettings dead = RouteSettings.builder("dead", EngineKind.NOVITA)
        .baseUrl(URI.create("http://127.0.0.1:" + closedPort)).apiKey("unused").build();
    int peerTasksBefore = peer.tasks().size();
    try (ReelgateServer gateway = gateway(dir, List.of(dead, peerRoute("peer", EngineKind.MINIMAX)))) {
      VideoClient client = client(gateway);
      VideoTask done = client.await(client.create(astronaut()), Duration.ofMinutes(3), null);

      assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
      assertThat(peer.tasks()).hasSize(peerTasksBefore + 1);
      String metrics = metrics(gateway);
      assertThat(metrics)
          .contains("reelgate_route_requests_total{route=\"dead\",call=\"create\",outcome=\"route_down\"} 1")
          .contains("reelgate_route_requests_total{route=\"peer\",call=\"create\",outcome=\"ok\"} 1")
          // MiniMax-Hailuo-2.3, 6 s at 768P: 6 x 2 credits by the default price table.
          .contains("reelgate_route_spend_credits_total{route=\"peer\"} 12")
          .contains("reelgate_route_spend_credits_total{route=\"dead\"} 0");
    }
  }

  @Test
  void picturesGoByLinkWhenTheRouteSaysSo(@TempDir Path dir) throws Exception {
    // The peer fetches the gateway's signed link to the stored picture (both on localhost, hence
    // the peer's --allow-private-network).
    RouteSettings byLink = peerRouteBuilder("peer-link", EngineKind.EVOLINK).images(ImageDelivery.LINK).build();
    try (ReelgateServer gateway = gateway(dir, List.of(byLink))) {
      VideoClient client = client(gateway);
      VideoTask done = client.await(client.create(astronaut()), Duration.ofMinutes(3), null);
      assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
      assertThat(VideoProbe.probe(download(client, done, dir)).frames()).isEqualTo(150);
    }
  }

  @Test
  void cancellingAtTheGatewayCancelsUpstream(@TempDir Path dir) throws Exception {
    try (ReelgateServer gateway = gateway(dir, List.of(peerRoute("peer", EngineKind.NOVITA)))) {
      // A 10 s clip behind another on the peer's one worker: still running when cancelled.
      VideoClient peerClient = VideoClient.builder(Dialect.NOVITA).baseUrl(peer.url()).apiKey(Peer.KEY).build();
      String blocker = peerClient.create(astronaut().withDuration(10));
      VideoClient client = client(gateway);
      String id = client.create(astronaut().withDuration(10));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (peer.tasks().stream().noneMatch(t -> t.path("prompt").asText().equals(PROMPT) && !t.path("id").asText().equals(blocker)
          && t.path("status").asText().matches("queued|processing"))) {
        assertThat(System.nanoTime()).as("the peer got the task").isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(client.cancel(id).status()).isEqualTo(TaskStatus.CANCELLED);
      JsonNode upstream = peer.tasks().stream().filter(t -> !t.path("id").asText().equals(blocker)).findFirst().orElseThrow();
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!peer.tasks().stream().filter(t -> t.path("id").asText().equals(upstream.path("id").asText()))
          .allMatch(t -> t.path("status").asText().equals("cancelled"))) {
        assertThat(System.nanoTime()).as("the peer's task was cancelled").isLessThan(until);
        Thread.sleep(50);
      }
      peerClient.cancel(blocker);
    }
  }

  private static Path download(VideoClient client, VideoTask done, Path dir) {
    Path target = dir.resolve("video.mp4");
    client.download(done.videoUrl(), target);
    return target;
  }

  static String metrics(ReelgateServer gateway) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
