package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway Reelgate routes its model to a peer Reelgate (two processes of the packaged jar); the
 * gateway is killed (SIGKILL) while the peer renders its task and started again: it resumes
 * polling the stored upstream id, the peer sees exactly one create, the video arrives, and the
 * key is charged exactly once.
 */
class GatewayCrashIT {
  private static final String GATEWAY_KEY = "rg_gateway_crash_key_0123456789abcdef01";
  private static final String PEER_KEY = "rg_peer_crash_key_0123456789abcdef012345";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** A 10 s 768P video by the default price table. */
  private static final long PRICE = 20;
  private static final long GRANTED = 100;

  @TempDir Path temp;

  @Test
  void a_kill_minus_9_of_the_gateway_while_the_peer_renders_resumes_polling_without_a_second_create() throws Exception {
    Path peerDir = temp.resolve("peer");
    Path gatewayDir = temp.resolve("gateway");
    Files.createDirectories(peerDir);
    Files.createDirectories(gatewayDir);
    KeysCli gatewayKeys = new KeysCli("--data-dir", gatewayDir.toString());
    try (ServerProcess peer = ServerProcess.start(peerDir, ServerProcess.freePort(), Map.of("REELGATE_API_KEYS", PEER_KEY),
        "--workers", "1")) {
      Path routes = temp.resolve("routes.yaml");
      Files.writeString(routes, """
          routes:
            peer:
              engine: novita
              base-url: %s
              api-key-env: PEER_API_KEY
              poll-every: 200ms
          models:
            MiniMax-Hailuo-2.3:
              - peer
          """.formatted(peer.baseUrl()));
      Map<String, String> env = Map.of("REELGATE_API_KEYS", GATEWAY_KEY, "PEER_API_KEY", PEER_KEY);
      int port = ServerProcess.freePort();

      // The peer's one worker is busy with another 10 s clip, so the gateway's task waits there.
      NovitaClient peerClient = new NovitaClient(peer.baseUrl(), PEER_KEY);
      peerClient.create("minimax-hailuo-2.3-t2v", Map.of("prompt", "A busy peer [Pan left]", "duration", 10));
      String task;
      try (ServerProcess gateway = ServerProcess.start(gatewayDir, port, env, "--routes", routes.toString())) {
        gatewayKeys.grant("env-1", GRANTED);
        task = new NovitaClient(gateway.baseUrl(), GATEWAY_KEY)
            .create("minimax-hailuo-2.3-t2v", Map.of("prompt", "A lighthouse at dusk [Push in]", "duration", 10));
        awaitPeerTasks(peer, 2);
        // Killed once the upstream id is stored (it is logged right after): a kill between the
        // peer's answer and that write is the case docs/ROUTING.md covers with idempotency-key.
        awaitLog(gateway, "accepted it as upstream task");
        gateway.kill();
      }
      List<JsonNode> upstream = peerTasks(peer);
      assertThat(upstream.get(0).path("prompt").asText()).isEqualTo("A lighthouse at dusk [Push in]");
      assertThat(upstream.get(0).path("status").asText()).as("the peer still renders").isIn("queued", "processing");

      try (ServerProcess gateway = ServerProcess.start(gatewayDir, port, env, "--routes", routes.toString())) {
        NovitaClient client = new NovitaClient(gateway.baseUrl(), GATEWAY_KEY);
        JsonNode done = client.awaitResult(task,
            r -> !NovitaClient.hasStatus(r, "TASK_STATUS_QUEUED") && !NovitaClient.hasStatus(r, "TASK_STATUS_PROCESSING"),
            Duration.ofSeconds(120));
        assertThat(done.path("task").path("status").asText()).as(done.toString()).isEqualTo("TASK_STATUS_SUCCEED");
        assertThat(gateway.log()).contains("task " + task + ": resuming the polls of upstream task "
            + upstream.get(0).path("id").asText());
        Path video = temp.resolve("video.mp4");
        client.download(done.path("videos").get(0).path("video_url").asText(), video);
        assertThat(Files.size(video)).isGreaterThan(10_000);
      }
      // Exactly one create reached the peer for the gateway's task: the busy clip and it.
      assertThat(peerTasks(peer)).hasSize(2);
      // RESERVED, SPENT, REFUNDED, BALANCE: charged once.
      assertThat(gatewayKeys.usage("env-1")).containsExactly(0L, PRICE, 0L, GRANTED - PRICE);
    }
  }

  private static void awaitPeerTasks(ServerProcess peer, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (peerTasks(peer).size() < count) {
      assertThat(System.nanoTime()).as("the gateway sent its task to the peer").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static void awaitLog(ServerProcess server, String line) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!server.log().contains(line)) {
      assertThat(System.nanoTime()).as("the log says: " + line).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static List<JsonNode> peerTasks(ServerProcess peer) throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(peer.baseUrl() + "/reelgate/v1/tasks"))
        .header("Authorization", "Bearer " + PEER_KEY).build(), HttpResponse.BodyHandlers.ofString());
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(answer.body()).path("tasks").forEach(tasks::add);
    return tasks;
  }
}
