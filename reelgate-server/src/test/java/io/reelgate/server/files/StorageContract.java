package io.reelgate.server.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link Storage} promises; a backend extends this and gives a fresh, empty storage. */
public abstract class StorageContract {
  @TempDir protected Path scratch;

  /** A fresh, empty storage; the same one for every call within a test. */
  protected abstract Storage storage();

  @Test
  void bytes_put_are_read_back() throws IOException {
    storage().put("tasks/a/first-frame", "picture".getBytes(UTF_8));

    assertThat(storage().read("tasks/a/first-frame")).asString(UTF_8).isEqualTo("picture");
    assertThat(storage().size("tasks/a/first-frame")).hasValue(7);
  }

  @Test
  void a_file_put_is_stored_whole_and_replaces_the_old_one() throws IOException {
    byte[] video = randomBytes(300_000);
    storage().put("tasks/a/result.mp4", "old".getBytes(UTF_8));
    Path file = Files.write(scratch.resolve("render.mp4"), video);

    storage().put("tasks/a/result.mp4", file);

    assertThat(storage().read("tasks/a/result.mp4")).isEqualTo(video);
  }

  @Test
  void a_range_reads_exactly_its_bytes() throws IOException {
    byte[] video = randomBytes(10_000);
    storage().put("tasks/a/result.mp4", video);

    try (InputStream middle = storage().open("tasks/a/result.mp4", 1000, 500)) {
      assertThat(middle.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(video, 1000, 1500));
    }
    try (InputStream tail = storage().open("tasks/a/result.mp4", 9990, 100)) {
      assertThat(tail.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(video, 9990, 10_000));
    }
    try (InputStream empty = storage().open("tasks/a/result.mp4", 0, 0)) {
      assertThat(empty.read()).isEqualTo(-1);
    }
  }

  @Test
  void a_missing_key_has_no_size_and_cannot_be_opened() throws IOException {
    assertThat(storage().size("tasks/none/result.mp4")).isEmpty();
    assertThatThrownBy(() -> storage().open("tasks/none/result.mp4", 0, 1)).isInstanceOf(FileNotFoundException.class);
  }

  @Test
  void a_deleted_key_is_gone_and_deleting_again_is_harmless() throws IOException {
    storage().put("tasks/a/first-frame", new byte[] {1, 2, 3});

    storage().delete("tasks/a/first-frame");
    storage().delete("tasks/a/first-frame");

    assertThat(storage().size("tasks/a/first-frame")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/etc/passwd", "../outside", "tasks/../../outside", "tasks/./a", "tasks//a",
      "tasks\\a", "C:/tasks/a", "tasks/a/", "tasks/a\u0000b"})
  void keys_that_could_leave_the_storage_are_refused(String key) {
    assertThatThrownBy(() -> storage().put(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage().size(key)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage().open(key, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage().delete(key)).isInstanceOf(IllegalArgumentException.class);
  }

  protected static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
