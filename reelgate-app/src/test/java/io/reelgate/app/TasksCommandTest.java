package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.client.Dialect;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.core.image.TestPhotos;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code reelgate tasks get} and {@code cancel} against a real server. */
class TasksCommandTest {
  @TempDir static Path dataDir;
  static ClientCommands cli;
  static String photo;

  @BeforeAll
  static void start() {
    cli = new ClientCommands(dataDir);
    photo = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes("astronaut.png"));
  }

  @AfterAll
  static void stop() {
    cli.close();
  }

  private static ClientCommands.Run tasks(String action, Dialect dialect, String id, String... more) {
    String[] args = {"tasks", action, "--base-url", cli.baseUrl(), "--dialect", dialect.name().toLowerCase(),
        "--key", ClientCommands.KEY, id};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return cli.run(all);
  }

  private static String submit(VideoClient client, int seconds) {
    return client.create(VideoRequest.of("An astronaut [Push in]").withModel("MiniMax-Hailuo-02")
        .withImage(photo).withResolution("512P").withDuration(seconds));
  }

  @Test
  void get_prints_the_task_as_lines_or_json() throws Exception {
    VideoClient client = cli.client(Dialect.NOVITA);
    String id = submit(client, 6);
    VideoTask done = client.await(id, Duration.ofSeconds(60), null);
    assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);

    ClientCommands.Run lines = tasks("get", Dialect.NOVITA, id);
    ClientCommands.Run json = tasks("get", Dialect.NOVITA, id, "--json");

    assertThat(lines.exitCode()).as(lines.both()).isZero();
    assertThat(lines.out()).contains("id:        " + id).contains("status:    SUCCEEDED").contains("progress:  100%")
        .contains("video_url: http");
    assertThat(json.exitCode()).as(json.both()).isZero();
    JsonNode task = new ObjectMapper().readTree(json.out());
    assertThat(task.path("id").asText()).isEqualTo(id);
    assertThat(task.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(task.path("progress_percent").asInt()).isEqualTo(100);
    assertThat(task.path("video_url").asText()).startsWith("http");
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"NOVITA", "MINIMAX"})
  void cancel_ends_a_queued_task_and_a_second_cancel_is_refused(Dialect dialect) {
    VideoClient client = cli.client(dialect);
    String running = submit(client, 10); // keeps the one worker busy ...
    String queued = submit(client, 10); // ... so that this one waits

    ClientCommands.Run cancel = tasks("cancel", dialect, queued);
    ClientCommands.Run get = tasks("get", dialect, queued);
    ClientCommands.Run again = tasks("cancel", dialect, queued);

    assertThat(cancel.exitCode()).as(cancel.both()).isZero();
    assertThat(cancel.out()).contains("status:    CANCELLED");
    assertThat(get.exitCode()).as("a cancelled task reads as ended without a video").isEqualTo(1);
    assertThat(get.out()).contains("status:    CANCELLED").contains("reason:    cancelled");
    assertThat(client.get(queued).status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(again.exitCode()).as(again.both()).isEqualTo(2);
    assertThat(again.err()).startsWith("error: ");
    GenerateCommandTest.assertNoStackTrace(again);
    client.await(running, Duration.ofSeconds(60), null);
  }

  @Test
  void an_unknown_task_exits_2_saying_it_is_not_found() {
    ClientCommands.Run run = tasks("get", Dialect.NOVITA, "no-such-task");

    assertThat(run.exitCode()).as(run.both()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: task no-such-task not found");
    GenerateCommandTest.assertNoStackTrace(run);
  }
}
