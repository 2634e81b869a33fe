package io.reelgate.server.files.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.RunningServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server whose files live in an S3 bucket: a task's video is rendered into it and served from it. */
class S3ServerEndToEndTest extends RunningServer {
  private static final S3Fixture S3 = S3Fixture.get();
  private static final String PREFIX = "reelgate/test";
  private static String bucket;

  @BeforeAll
  static void restartOnS3() {
    bucket = S3.createBucket();
    server.close();
    server = ReelgateServer.start(config().storage(S3.config(bucket, PREFIX)).build());
  }

  @Test
  void the_video_is_stored_in_the_bucket_and_its_link_serves_ranges_from_it() throws Exception {
    HttpResponse<String> created =
        post(
            "/v3/async/minimax-hailuo-02",
            ALICE,
            body("prompt", "A quiet harbour at dawn [推进]", "image", png(480, 360), "duration", 6, "resolution", "512P"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String taskId = json(created).path("task_id").asText();

    JsonNode result = pollUntilDone(taskId);

    assertThat(result.path("task").path("status").asText()).as(result.toString()).isEqualTo("TASK_STATUS_SUCCEED");
    String objectKey = PREFIX + "/tasks/" + taskId + "/result.mp4";
    assertThat(S3.objectKeys(bucket)).contains(objectKey).allMatch(key -> key.startsWith(PREFIX + "/tasks/" + taskId + "/"));
    byte[] stored = S3.client().getObjectAsBytes(b -> b.bucket(bucket).key(objectKey)).asByteArray();
    assertThat(stored.length).isGreaterThan(2000);

    String link = result.path("videos").path(0).path("video_url").asText();
    assertThat(link).startsWith(server.publicUrl() + "/files/");
    HttpResponse<byte[]> part =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(link)).header("Range", "bytes=1000-1999").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + stored.length);
    assertThat(part.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(stored, 1000, 2000));

    HttpResponse<byte[]> whole = HTTP.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(stored);

    assertThat(regularFilesUnder(dataDir.resolve(ReelgateServer.FILES_FOLDER))).as("nothing in the local folder").isZero();
  }

  @Test
  void a_bucket_that_does_not_exist_stops_the_start(@TempDir Path otherDataDir) {
    assertThatThrownBy(
            () -> ReelgateServer.start(config().dataDir(otherDataDir).storage(S3.config("no-such-bucket", "")).build()))
        .hasStackTraceContaining("s3://no-such-bucket");
  }

  private static long regularFilesUnder(Path folder) throws IOException {
    if (!Files.exists(folder)) return 0;
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static JsonNode pollUntilDone(String taskId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = get("/v3/async/task-result?task_id=" + taskId, ALICE);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode result = json(response);
      String status = result.path("task").path("status").asText();
      if (status.equals("TASK_STATUS_SUCCEED") || status.equals("TASK_STATUS_FAILED")) return result;
      Thread.sleep(100);
    }
    throw new AssertionError("task " + taskId + " did not finish in 3 minutes");
  }
}
