package io.reelgate.server.files.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.files.Storage;
import io.reelgate.server.files.StorageContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest extends StorageContract {
  @TempDir Path root;
  private LocalStorage storage;

  @BeforeEach
  void createStorage() {
    storage = new LocalStorage(root.resolve("files"));
  }

  @Override
  protected Storage storage() {
    return storage;
  }

  @Test
  void a_key_is_a_file_under_the_root() throws IOException {
    storage.put("tasks/a/result.mp4", new byte[] {7});

    assertThat(root.resolve("files/tasks/a/result.mp4")).hasBinaryContent(new byte[] {7});
  }

  @Test
  void a_reader_never_sees_half_a_file_while_it_is_replaced() throws Exception {
    byte[] small = randomBytes(100_000);
    byte[] large = randomBytes(2_000_000);
    storage.put("tasks/a/result.mp4", small);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Integer> sizesSeen = new ArrayList<>();
    CountDownLatch readerStarted = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              readerStarted.countDown();
              while (writing.get()) {
                try {
                  sizesSeen.add(Files.readAllBytes(root.resolve("files/tasks/a/result.mp4")).length);
                } catch (IOException e) {
                  sizesSeen.add(-1); // the key must never be missing either
                }
              }
            });
    reader.start();
    readerStarted.await();

    for (int i = 0; i < 20; i++) {
      storage.put("tasks/a/result.mp4", i % 2 == 0 ? large : small);
    }
    writing.set(false);
    reader.join();

    assertThat(sizesSeen).isNotEmpty().allMatch(size -> size == small.length || size == large.length);
  }

  @Test
  void no_temporary_file_is_left_beside_the_key() throws IOException {
    Path render = Files.write(root.resolve("render.mp4"), randomBytes(1000));

    storage.put("tasks/a/result.mp4", render);
    storage.put("tasks/a/first-frame", new byte[] {1});

    try (Stream<Path> files = Files.list(root.resolve("files/tasks/a"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("result.mp4", "first-frame");
    }
    assertThat(render).doesNotExist();
  }
}
