package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the server at any moment loses no accepted task, and fails none for it. */
class ServerRestartIT {
  private static final String KEY = "rg_restart_test_key_0123456789abcdef";

  @TempDir Path temp;

  @Test
  void tasks_accepted_before_a_kill_minus_9_all_finish_after_restart() throws Exception {
    Path dataDir = temp.resolve("data");
    Map<String, String> env = Map.of("REELGATE_API_KEYS", KEY);
    int port = ServerProcess.freePort();
    String photo = NovitaClient.dataUri("/photos/hubble_deep_field.jpg", "image/jpeg");
    List<String> tasks = new ArrayList<>();
    String rendering;

    try (ServerProcess first = ServerProcess.start(dataDir, port, env, "--workers", "1")) {
      NovitaClient client = new NovitaClient(first.baseUrl(), KEY);
      for (int i = 0; i < 3; i++) {
        tasks.add(client.create("minimax-hailuo-2.3-fast-i2v",
            Map.of("prompt", "Deep space [Pan left]", "image", photo, "duration", 10)));
      }
      rendering = tasks.get(0);
      // Kill it mid-render: the first task is processing and has made some progress.
      JsonNode midway = client.awaitResult(rendering,
          r -> NovitaClient.hasStatus(r, "TASK_STATUS_PROCESSING") && r.path("task").path("progress_percent").asInt() > 5,
          Duration.ofSeconds(60));
      assertThat(midway.path("task").path("progress_percent").asInt()).isBetween(6, 99);
      first.kill();
    }

    try (ServerProcess second = ServerProcess.start(dataDir, port, env)) {
      NovitaClient client = new NovitaClient(second.baseUrl(), KEY);
      for (String task : tasks) {
        JsonNode done = client.awaitResult(task,
            r -> !NovitaClient.hasStatus(r, "TASK_STATUS_QUEUED") && !NovitaClient.hasStatus(r, "TASK_STATUS_PROCESSING"),
            Duration.ofSeconds(180));
        assertThat(done.path("task").path("status").asText()).as("task %s after restart: %s", task, done)
            .isEqualTo("TASK_STATUS_SUCCEED");
        assertThat(done.path("task").path("reason").asText()).isEmpty();
        Path video = temp.resolve(task + ".mp4");
        client.download(done.path("videos").get(0).path("video_url").asText(), video);
        VideoInfo info = VideoProbe.probe(video);
        assertThat(info.codec()).isEqualTo("h264");
        assertThat(info.frames()).isEqualTo(250);
        assertThat(info.fps()).isEqualTo(25.0);
        assertThat(Math.min(info.width(), info.height())).isEqualTo(768);
      }
    }
    assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).contains("reelgate.db");
  }
}
