package io.reelgate.server.task;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.task.TaskNotCancellableException;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.sqlite.SqliteTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CancelTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(2);

  @TempDir Path dataDir;
  @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();
  private TaskStore store;
  private LocalStorage storage;
  private WorkerPool pool;
  private TaskService tasks;

  @BeforeEach
  void open() {
    store = sqlite.tasks();
    storage = new LocalStorage(dataDir.resolve("files"));
    tasks = CountedEvents.service(store, storage, Clock.systemUTC(), TaskEvents.NONE);
  }

  @AfterEach
  void close() {
    if (pool != null) pool.close();
  }

  @Test
  void a_queued_task_is_cancelled_at_once() {
    Task task = aTask().build();
    store.insert(task);

    Task cancelled = tasks.cancel(task.keyId(), task.dialect(), task.id());

    assertThat(cancelled.state().status()).isEqualTo(Status.CANCELLED);
    assertThat(cancelled.state().finishedAt()).isNotNull();
    assertThat(store.find(task.id()).orElseThrow().state().status()).isEqualTo(Status.CANCELLED);
  }

  @Test
  void a_running_task_stops_rendering_promptly_and_its_worker_takes_the_next() throws IOException {
    TinyEngine engine = new TinyEngine(2_000, 10); // 20 s unless stopped
    startPool(engine);
    tasks = CountedEvents.service(store, storage, Clock.systemUTC(), TaskEvents.of(List.of(pool)));
    Task running = aTask().build();
    store.insert(running);
    awaitTask(running.id(), t -> t.state().status() == Status.PROCESSING, PROMPTLY);

    long start = System.nanoTime();
    tasks.cancel(running.keyId(), running.dialect(), running.id());
    Task next = aTask().build();
    store.insert(next);
    pool.wake();

    awaitTask(next.id(), t -> t.state().status() == Status.PROCESSING, PROMPTLY);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
    assertThat(engine.interrupted.get()).isEqualTo(1);
    assertThat(store.find(running.id()).orElseThrow().state().status()).isEqualTo(Status.CANCELLED);
    try (Stream<Path> left = Files.list(dataDir.resolve("work"))) {
      assertThat(left).as("the cancelled render's file is deleted; only the next one's may be there").hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void a_task_cancelled_through_another_instance_stops_when_its_worker_next_writes_progress() {
    TinyEngine engine = new TinyEngine(2_000, 10);
    startPool(engine); // not told of cancellations: as if another instance cancelled
    Task running = aTask().build();
    store.insert(running);
    awaitTask(running.id(), t -> t.state().status() == Status.PROCESSING && t.state().progressPercent() > 0, PROMPTLY);

    tasks.cancel(running.keyId(), running.dialect(), running.id());

    long deadline = System.nanoTime() + PROMPTLY.toNanos();
    while (engine.interrupted.get() == 0 && System.nanoTime() < deadline) sleep(5);
    assertThat(engine.interrupted.get()).isEqualTo(1);
    sleep(100); // the worker settles: it must not overwrite CANCELLED
    assertThat(store.find(running.id()).orElseThrow().state().status()).isEqualTo(Status.CANCELLED);
  }

  @Test
  void a_finished_task_can_no_longer_be_cancelled() {
    Task task = aTask().build();
    store.insert(task);
    Task done = store.update(task, task.withStatus(Status.PROCESSING, task.createdAt())).orElseThrow();
    store.update(done, done.withResult("tasks/x/result.mp4", 16, 16, task.createdAt())).orElseThrow();

    assertThatThrownBy(() -> tasks.cancel(task.keyId(), task.dialect(), task.id()))
        .isInstanceOf(TaskNotCancellableException.class)
        .hasMessageContaining(task.id())
        .hasMessageContaining("succeeded and can no longer be cancelled");
    assertThat(store.find(task.id()).orElseThrow().state().status()).isEqualTo(Status.SUCCEEDED);
  }

  private void startPool(TinyEngine engine) {
    pool = TestWorkerPools.rendering(store, storage, engine, 1, dataDir.resolve("work"));
    pool.start();
  }

  private Task awaitTask(String id, Predicate<Task> condition, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Task task = store.find(id).orElseThrow();
      if (condition.test(task)) return task;
      sleep(5);
    }
    throw new AssertionError("task " + id + " did not get there in " + patience + ": " + store.find(id));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
