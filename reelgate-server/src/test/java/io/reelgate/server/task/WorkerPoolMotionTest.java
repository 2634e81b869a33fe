package io.reelgate.server.task;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import io.reelgate.server.store.sqlite.SqliteTaskStore;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool with the real engine: a queued task becomes a stored MP4. */
@Tag("slow")
class WorkerPoolMotionTest {
  @TempDir Path dataDir;

  @Test
  void queued_task_becomes_a_stored_mp4_with_the_real_engine() throws Exception {
    try (HikariDataSource database = SqliteDatabase.open(dataDir.resolve("reelgate.db"))) {
      SqliteTaskStore store = new SqliteTaskStore(database);
      LocalStorage storage = new LocalStorage(dataDir.resolve("files"));
      Task task = aTask().withPrompt("A quiet bay [Push in]").lasting(6, Resolution.P512).build();
      String pictureKey = TaskService.inputKey(task.id(), "first-frame");
      storage.put(pictureKey, TestPictures.png(960, 540));
      store.insert(aTask().withId(task.id()).withPrompt(task.request().prompt()).lasting(6, Resolution.P512)
          .withFirstFrame(pictureKey).build());

      Task done;
      try (WorkerPool pool =
          TestWorkerPools.rendering(store, storage, new MotionRenderer(), 1, dataDir.resolve("work"))) {
        pool.start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        do {
          Thread.sleep(100);
          done = store.find(task.id()).orElseThrow();
        } while (!done.state().status().isTerminal() && System.nanoTime() < deadline);
      }

      assertThat(done.state().status()).as("reason: %s", done.state().failure()).isEqualTo(Status.SUCCEEDED);
      assertThat(done.state().videoHeight()).isEqualTo(512);
      assertThat(done.state().videoWidth()).isBetween(900, 920);
      byte[] mp4 = storage.read(done.state().resultKey());
      // An MP4 starts with its ftyp box.
      assertThat(new String(Arrays.copyOfRange(mp4, 4, 8), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
      assertThat(storage.size(done.state().resultKey())).hasValue(mp4.length);
    }
  }
}
