package io.reelgate.server.task;

import static org.assertj.core.api.Assertions.assertThat;
import io.reelgate.server.store.WrittenWithTask;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.image.ImageFormat;
import io.reelgate.core.image.ImageInfo;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.sqlite.SqliteTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TaskServiceTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.123456Z");

  @TempDir Path dataDir;
  @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();
  private TaskStore store;
  private LocalStorage storage;
  private final CountedEvents events = new CountedEvents();
  private TaskService tasks;

  @BeforeEach
  void open() {
    store = sqlite.tasks();
    storage = new LocalStorage(dataDir.resolve("files"));
    tasks = CountedEvents.service(store, storage, Clock.fixed(NOW, ZoneOffset.UTC), events);
  }

  @Test
  void a_submitted_task_is_queued_with_its_pictures_stored_and_the_workers_woken() throws IOException {
    byte[] first = TestPictures.png(640, 360);
    byte[] last = TestPictures.png(640, 360);

    Task task = tasks.submit("key_a", "novita", "t-1", request(first, last), WrittenWithTask.NOTHING);

    assertThat(task.state().status()).isEqualTo(Status.QUEUED);
    assertThat(task.request().mode()).isEqualTo(Mode.FIRST_LAST_FRAME);
    assertThat(task.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123Z"));
    assertThat(store.find("t-1")).contains(task);
    assertThat(storage.read(task.request().firstFrameKey())).isEqualTo(first);
    assertThat(storage.read(task.request().lastFrameKey())).isEqualTo(last);
    assertThat(task.request().firstFrameKey()).isEqualTo("tasks/t-1/first-frame");
    assertThat(events.accepted).hasValue(1);
  }

  @Test
  void the_pictures_are_stored_before_the_task_is_accepted() {
    // A storage that fails: no task may be accepted without its inputs.
    TaskService failing =
        CountedEvents.service(
            store,
            new io.reelgate.server.files.Storage() {
              @Override public void put(String key, Path file) throws IOException { throw new IOException("disk full"); }
              @Override public void put(String key, byte[] bytes) throws IOException { throw new IOException("disk full"); }
              @Override public java.util.OptionalLong size(String key) { return java.util.OptionalLong.empty(); }
              @Override public java.io.InputStream open(String key, long offset, long length) throws IOException { throw new IOException(); }
              @Override public void delete(String key) {}
            },
            Clock.systemUTC(),
            events);

    assertThatThrownBy(() -> failing.submit("key_a", "novita", "t-2", request(TestPictures.png(640, 360), null), WrittenWithTask.NOTHING))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(store.find("t-2")).isEmpty();
    assertThat(events.accepted).hasValue(0);
  }

  @Test
  void another_keys_task_answers_as_not_found() {
    tasks.submit("key_a", "novita", "t-3", request(null, null), WrittenWithTask.NOTHING);

    assertThat(tasks.get("key_a", "novita", "t-3").id()).isEqualTo("t-3");
    assertThatThrownBy(() -> tasks.get("key_b", "novita", "t-3"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessage("task not found: t-3");
    assertThatThrownBy(() -> tasks.get("key_a", "novita", "t-none")).isInstanceOf(UnknownIdException.class);
    assertThat(tasks.list("key_b", 10, 0)).isEmpty();
    assertThat(tasks.list("key_a", 10, 0)).extracting(Task::id).containsExactly("t-3");
  }

  @Test
  void a_task_is_read_only_through_the_dialect_that_created_it() {
    tasks.submit("key_a", "novita", "t-4", request(null, null), WrittenWithTask.NOTHING);

    assertThatThrownBy(() -> tasks.get("key_a", "evolink", "t-4")).isInstanceOf(UnknownIdException.class);
  }

  static ValidatedRequest request(byte[] first, byte[] last) {
    String prompt = "A lighthouse at dusk [Pan left]";
    return new ValidatedRequest(
        ModelCatalog.standard().require(ModelCatalog.HAILUO_02, "model"),
        Mode.of(first != null, last != null),
        prompt,
        CameraScriptParser.parse(prompt, false),
        picture(first),
        picture(last),
        6,
        Resolution.P512,
        VideoFormat.HAILUO,
        false,
        false,
        null,
        null,
        List.of(),
        false);
  }

  private static ImageInput picture(byte[] png) {
    return png == null ? null : new ImageInput(png, new ImageInfo(ImageFormat.PNG, 640, 360, png.length));
  }
}
