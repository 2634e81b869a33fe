package io.reelgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.database.Database;
import io.reelgate.server.links.LinkSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and restarting: the first key, the link secret. */
class ReelgateServerTest {
  @TempDir Path dataDir;

  @Test
  void first_start_without_any_key_creates_one_and_prints_it() throws Exception {
    String output = captureStdout(() -> ReelgateServer.start(config().build()).close());

    Matcher printed = Pattern.compile("Created API key: (\\S+)").matcher(output);
    assertThat(printed.find()).as(output).isTrue();
    String key = printed.group(1);
    try (ReelgateServer server = ReelgateServer.start(config().build())) {
      // Authenticated, so the unknown task is "not found" rather than "who are you".
      assertThat(taskResult(server, key, "no-such-task").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void second_start_creates_no_further_key() throws Exception {
    captureStdout(() -> ReelgateServer.start(config().build()).close());

    String output = captureStdout(() -> ReelgateServer.start(config().build()).close());

    assertThat(output).doesNotContain("Created API key");
  }

  @Test
  void configured_keys_mean_no_key_is_created() throws Exception {
    String output =
        captureStdout(() -> ReelgateServer.start(config().apiKeys(List.of(RunningServer.ALICE)).build()).close());

    assertThat(output).doesNotContain("Created API key");
  }

  @Test
  void link_secret_of_an_earlier_version_is_adopted_and_survives_restarts() throws Exception {
    // Servers before the settings table kept the secret in a file of the data folder.
    Path oldFile = dataDir.resolve(ReelgateServer.LINK_SECRET_FILE);
    String old = "07".repeat(32);
    Files.writeString(oldFile, old + "\n");
    ReelgateServer.start(config().build()).close();
    Files.delete(oldFile);

    ReelgateServer.start(config().build()).close();

    try (Database database = Database.open(null, dataDir)) {
      String stored = database.settings().getOrCreate(LinkSigner.SECRET_SETTING, () -> "none");
      assertThat(stored).isEqualTo(old);
    }
  }

  @Test
  void public_url_defaults_to_localhost_and_the_bound_port() {
    try (ReelgateServer server = ReelgateServer.start(config().build())) {
      assertThat(server.port()).isPositive();
      assertThat(server.publicUrl()).isEqualTo("http://localhost:" + server.port());
    }
  }

  private ServerConfig.Builder config() {
    return ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of());
  }

  private static HttpResponse<String> taskResult(ReelgateServer server, String key, String taskId)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/v3/async/task-result?task_id=" + taskId))
            .header("Authorization", "Bearer " + key)
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private interface Action {
    void run() throws Exception;
  }

  private static String captureStdout(Action action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
