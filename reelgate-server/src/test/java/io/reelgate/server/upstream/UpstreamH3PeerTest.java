package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.client.Dialect;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.media.MediaFiles;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.database.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A gateway Reelgate routing MiniMax-H3 to a second, real Reelgate (small renders) through each V2
 * engine, {@code minimax-v2} and {@code novita-h3}: the peer makes the video and the gateway keeps
 * it; the peer was asked with the ratio, duration, resolution, reference pictures (inline), the
 * reference clip and sound (by the gateway's signed links) and the watermark flag.
 */
class UpstreamH3PeerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PICTURE =
      "data:image/webp;base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes("astronaut.webp"));

  @TempDir static Path peerDir;
  static Peer peer;

  @BeforeAll
  static void startPeer() {
    peer = new Peer(peerDir, true, MotionRenderer.atShortSide(288, new EncoderSettings("ultrafast", 23, 1)));
  }

  @AfterAll
  static void stopPeer() {
    peer.close();
  }

  @ParameterizedTest
  @EnumSource(value = EngineKind.class, names = {"MINIMAX_V2", "NOVITA_H3"})
  void thePeerMakesTheH3VideoWithEverythingAskedAndTheGatewayKeepsIt(EngineKind engine, @TempDir Path dir) throws Exception {
    RouteSettings route = UpstreamPeerTest.peerRouteBuilder(peer, "peer-" + engine.configName(), engine).build();
    try (ReelgateServer gateway = UpstreamPeerTest.gateway(dir, ModelCatalog.H3, List.of(route))) {
      VideoClient client = VideoClient.builder(Dialect.MINIMAX_V2).baseUrl("http://localhost:" + gateway.port())
          .apiKey(UpstreamPeerTest.GATEWAY_KEY).pollInterval(Duration.ofMillis(200), Duration.ofSeconds(1)).build();

      VideoTask text = client.await(client.create(VideoRequest.of("A harbour at dawn [Push in]").withModel(ModelCatalog.H3)
          .withRatio("9:16").withDuration(4).withResolution("768P")), Duration.ofMinutes(2), null);
      assertThat(text.status()).as(text.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);
      assertThat(text.videoUrl()).startsWith("http://localhost:" + gateway.port() + "/files/");
      Path clip = dir.resolve("text.mp4");
      client.download(text.videoUrl(), clip);
      VideoInfo info = VideoProbe.probe(clip);
      assertThat(info.fps()).isEqualTo(24.0);
      assertThat(info.width() * 16).isEqualTo(info.height() * 9);
      JsonNode asked = peerTask(peer.tasks().get(0).path("id").asText());
      assertThat(asked.path("ratio").asText()).isEqualTo("9:16");
      assertThat(asked.path("duration").asInt()).isEqualTo(4);
      assertThat(asked.path("resolution").asText()).isEqualTo("768P");

      byte[] clipBytes = Files.readAllBytes(clip);
      byte[] wav = MediaFiles.wav(3);
      VideoRequest withReferences = VideoRequest.of("The same harbour at dusk").withModel(ModelCatalog.H3).withDuration(4)
          .withResolution("768P").withRatio("1:1").withWatermark(true)
          .withReferences(new VideoRequest.References(List.of(PICTURE, PICTURE),
              List.of("data:video/mp4;base64," + Base64.getEncoder().encodeToString(clipBytes)),
              List.of("data:audio/wav;base64," + Base64.getEncoder().encodeToString(wav))));
      int peerTasksBefore = peer.tasks().size();
      VideoTask done = client.await(client.create(withReferences), Duration.ofMinutes(2), null);
      assertThat(done.status()).as(done.failureReason()).isEqualTo(TaskStatus.SUCCEEDED);

      assertThat(peer.tasks()).as("one create, one upstream task").hasSize(peerTasksBefore + 1);
      String upstreamId = peer.tasks().get(0).path("id").asText();
      JsonNode referenced = peerTask(upstreamId);
      assertThat(referenced.path("ratio").asText()).isEqualTo("1:1");
      assertThat(referenced.at("/usage/input_image_count").asInt()).isEqualTo(2);
      Path folder = peer.files().resolve("tasks/" + upstreamId);
      assertThat(Files.readAllBytes(folder.resolve("reference-video-0.mp4"))).isEqualTo(clipBytes);
      assertThat(Files.readAllBytes(folder.resolve("reference-audio-0.wav"))).isEqualTo(wav);
      assertThat(peerWatermark(upstreamId)).isTrue();
      Path video = dir.resolve("references.mp4");
      client.download(done.videoUrl(), video);
      assertThat(peer.storedVideos()).anySatisfy(v -> assertThat(v).isEqualTo(Files.readAllBytes(video)));
    }
  }

  /** The peer's task as its V2 query answers it (its tasks are read at either host's paths). */
  private static JsonNode peerTask(String id) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(peer.url() + "/v2/query/video_generation/" + id)).header("Authorization", "Bearer " + Peer.KEY)
            .build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(answer.body()).path("task");
  }

  /** The watermark flag the peer stored: no API shows it, its database does. */
  private static boolean peerWatermark(String id) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + peerDir.resolve(Database.SQLITE_FILE));
        ResultSet row = db.createStatement().executeQuery("SELECT aigc_watermark FROM tasks WHERE id = '" + id + "'")) {
      return row.next() && row.getBoolean(1);
    }
  }
}
