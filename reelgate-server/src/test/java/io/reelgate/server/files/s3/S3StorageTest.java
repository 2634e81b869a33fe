package io.reelgate.server.files.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.server.files.Storage;
import io.reelgate.server.files.StorageContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage contract against a real S3 API (S3Proxy), each test in a bucket of its own. */
class S3StorageTest extends StorageContract {
  private static final S3Fixture S3 = S3Fixture.get();
  private String bucket;
  private S3Storage storage;

  @BeforeEach
  void createStorage() {
    bucket = S3.createBucket();
    storage = S3Storage.open(S3.config(bucket, "media/"));
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  @Override
  protected Storage storage() {
    return storage;
  }

  @Test
  void a_key_is_an_object_under_the_prefix() throws IOException {
    storage.put("tasks/a/result.mp4", new byte[] {7});

    assertThat(S3.objectKeys(bucket)).containsExactly("media/tasks/a/result.mp4");
  }

  @Test
  void a_file_put_is_uploaded_and_left_in_place() throws IOException {
    Path render = Files.write(scratch.resolve("render.mp4"), randomBytes(1000));

    storage.put("tasks/a/result.mp4", render);

    assertThat(render).exists();
    assertThat(storage.size("tasks/a/result.mp4")).hasValue(1000);
  }

  @Test
  void a_range_is_streamed_and_may_be_closed_early() throws IOException {
    byte[] video = randomBytes(2_000_000);
    storage.put("tasks/a/result.mp4", video);

    try (InputStream in = storage.open("tasks/a/result.mp4", 10, 1_500_000)) {
      assertThat(in.readNBytes(3)).containsExactly(video[10], video[11], video[12]);
    }
    assertThat(storage.read("tasks/a/result.mp4")).isEqualTo(video);
  }

  @Test
  void an_offset_past_the_end_reads_nothing() throws IOException {
    storage.put("tasks/a/result.mp4", "short".getBytes(UTF_8));

    try (InputStream in = storage.open("tasks/a/result.mp4", 100, 10)) {
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void a_refused_access_is_an_io_error_naming_the_key() {
    S3Storage wrongKey =
        S3Storage.open(S3.config(bucket, "").withCredentials(new S3Config.Credentials(S3Fixture.ACCESS_KEY, "wrong")));

    assertThatThrownBy(() -> wrongKey.put("tasks/a/result.mp4", new byte[] {1}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("tasks/a/result.mp4")
        .hasMessageContaining("s3://" + bucket);
    wrongKey.close();
  }

  @Test
  void a_missing_bucket_is_an_io_error_naming_the_key() {
    try (S3Storage noBucket = S3Storage.open(S3.config("no-such-bucket", ""))) {
      assertThatThrownBy(() -> noBucket.put("tasks/a/result.mp4", new byte[] {1}))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("tasks/a/result.mp4")
          .hasMessageContaining("s3://no-such-bucket");
    }
  }
}
