package io.reelgate.server.task;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import io.reelgate.server.store.sqlite.SqliteTaskStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerPoolTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir Path dataDir;
  private HikariDataSource database;
  private TaskStore store;
  private LocalStorage storage;
  private WorkerPool pool;

  @BeforeEach
  void open() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
    store = new SqliteTaskStore(database);
    storage = new LocalStorage(dataDir.resolve("files"));
  }

  @AfterEach
  void close() {
    if (pool != null) pool.close();
    database.close();
  }

  @Test
  void queued_task_is_rendered_and_its_video_stored() throws IOException {
    TinyEngine engine = new TinyEngine(10, 1);
    Task task = queued(aTask().withPrompt("A harbour [Pan left]").lasting(6, Resolution.P512), TestPictures.png(640, 360));

    startPool(engine, 1);
    Task done = awaitTask(task.id(), t -> t.state().status().isTerminal());

    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.state().progressPercent()).isEqualTo(100);
    assertThat(done.state().resultKey()).isEqualTo("tasks/" + task.id() + "/result.mp4");
    assertThat(done.state().videoWidth()).isEqualTo(910);
    assertThat(done.state().videoHeight()).isEqualTo(512);
    assertThat(new String(storage.read(done.state().resultKey()), StandardCharsets.UTF_8)).isEqualTo("video of A harbour [Pan left]");
    // The engine got the decoded picture and the camera read from the prompt.
    assertThat(engine.jobs).singleElement().satisfies(job -> {
      assertThat(job.firstFrame().getWidth()).isEqualTo(640);
      assertThat(job.firstFrame().getHeight()).isEqualTo(360);
      assertThat(job.script().shots().get(0).moves()).containsExactly(CameraMove.PAN_LEFT);
      assertThat(job.durationSeconds()).isEqualTo(6);
    });
  }

  @Test
  void progress_moves_while_rendering_and_stays_below_100_until_success() {
    TinyEngine engine = new TinyEngine(100, 20);
    Task task = queued(aTask(), null);

    startPool(engine, 1);
    List<Integer> seen = new ArrayList<>();
    Task done = awaitTask(task.id(), t -> {
      if (t.state().status() == Status.PROCESSING) seen.add(t.state().progressPercent());
      return t.state().status().isTerminal();
    });

    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(seen).anyMatch(p -> p > 0 && p < 99).allMatch(p -> p <= 99).isSorted();
    // Throttled: a 2 s render with 100 frames is not 100 writes.
    assertThat(done.version()).isLessThan(30);
  }

  @Test
  void picture_that_does_not_decode_fails_the_task_with_its_reason() throws IOException {
    TinyEngine engine = new TinyEngine(5, 1);
    Task task = queued(aTask(), "not a picture at all".getBytes(StandardCharsets.UTF_8));

    startPool(engine, 1);
    Task failed = awaitTask(task.id(), t -> t.state().status().isTerminal());

    assertThat(failed.state().status()).isEqualTo(Status.FAILED);
    assertThat(failed.state().failure().field()).isEqualTo("image");
    assertThat(failed.state().failure().message()).contains("image");
    assertThat(failed.state().attempts()).isEqualTo(1);
    assertThat(engine.jobs).isEmpty();
  }

  @Test
  void job_the_engine_refuses_fails_the_task_with_the_engines_reason() {
    TinyEngine engine = new TinyEngine(5, 1).failWith(new IllegalArgumentException("this engine renders 512P only"));
    Task task = queued(aTask(), null);

    startPool(engine, 1);
    Task failed = awaitTask(task.id(), t -> t.state().status().isTerminal());

    assertThat(failed.state().status()).isEqualTo(Status.FAILED);
    assertThat(failed.state().failure()).isEqualTo(new TaskFailure(TaskFailure.Kind.INVALID_INPUT, null, "this engine renders 512P only"));
  }

  @Test
  void server_error_is_retried_then_fails_the_task_without_leaking_its_message() {
    TinyEngine engine = new TinyEngine(5, 1).failWith(new IOException("/secret/path: No space left on device"));
    Task task = queued(aTask(), null);

    startPool(engine, 1);
    Task failed = awaitTask(task.id(), t -> t.state().status().isTerminal());

    assertThat(engine.jobs).hasSize(TaskRunner.MAX_ATTEMPTS);
    assertThat(failed.state().status()).isEqualTo(Status.FAILED);
    assertThat(failed.state().attempts()).isEqualTo(TaskRunner.MAX_ATTEMPTS);
    assertThat(failed.state().failure().kind()).isEqualTo(TaskFailure.Kind.INTERNAL);
    assertThat(failed.state().failure().message()).startsWith("internal error").doesNotContain("/secret/path");
  }

  @Test
  void closing_the_pool_hands_the_running_task_back_to_the_queue() {
    TinyEngine engine = new TinyEngine(10_000, 10);
    Task task = queued(aTask(), null);
    startPool(engine, 1);
    awaitTask(task.id(), t -> t.state().status() == Status.PROCESSING && t.state().progressPercent() > 0);

    pool.close();

    Task back = store.find(task.id()).orElseThrow();
    assertThat(back.state().status()).isEqualTo(Status.QUEUED);
    assertThat(back.state().progressPercent()).isZero();
    assertThat(back.state().failure()).isNull();
    assertThat(engine.interrupted).hasValue(1);
    assertThat(store.depth()).isEqualTo(new TaskStore.Depth(1, 0));
  }

  @Test
  void a_render_under_way_when_the_pool_drains_finishes_within_the_grace_period() {
    TinyEngine engine = new TinyEngine(60, 10);
    Task task = queued(aTask(), null);
    startPool(engine, 1);
    awaitTask(task.id(), t -> t.state().status() == Status.PROCESSING && t.state().progressPercent() > 0);

    pool.drain(Duration.ofSeconds(10));

    Task done = store.find(task.id()).orElseThrow();
    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.state().attempts()).isEqualTo(1);
    assertThat(engine.interrupted).hasValue(0);
  }

  @Test
  void a_render_that_outlasts_the_grace_period_is_handed_back_not_failed() {
    TinyEngine engine = new TinyEngine(10_000, 10);
    Task task = queued(aTask(), null);
    startPool(engine, 1);
    awaitTask(task.id(), t -> t.state().status() == Status.PROCESSING && t.state().progressPercent() > 0);

    long start = System.nanoTime();
    pool.drain(Duration.ofMillis(300));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
    Task back = store.find(task.id()).orElseThrow();
    assertThat(back.state().status()).isEqualTo(Status.QUEUED);
    assertThat(back.state().failure()).isNull();
    assertThat(engine.interrupted).hasValue(1);
  }

  @Test
  void a_draining_pool_claims_no_new_task() {
    TinyEngine engine = new TinyEngine(40, 10);
    Task first = queued(aTask(), null);
    startPool(engine, 1);
    awaitTask(first.id(), t -> t.state().status() == Status.PROCESSING);
    Task second = queued(aTask(), null);
    pool.wake();

    pool.drain(Duration.ofSeconds(10));

    assertThat(store.find(first.id()).orElseThrow().state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(store.find(second.id()).orElseThrow().state().status()).isEqualTo(Status.QUEUED);
    assertThat(engine.jobs).hasSize(1);
  }

  @Test
  void task_left_processing_by_a_dead_server_is_finished_after_restart() {
    Task task = queued(aTask(), null);
    // A previous run claimed it moments ago, then was killed: its lease has not even run out.
    store.claimNext("worker-of-a-dead-process", Clock.systemUTC().instant(), Duration.ofMinutes(5)).orElseThrow();

    startPool(new TinyEngine(5, 1), 1);
    Task done = awaitTask(task.id(), t -> t.state().status().isTerminal());

    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.state().attempts()).isEqualTo(2);
  }

  @Test
  void no_more_tasks_render_at_once_than_the_pool_has_workers() {
    TinyEngine engine = new TinyEngine(20, 10);
    List<Task> tasks = Stream.generate(() -> queued(aTask(), null)).limit(5).toList();

    startPool(engine, 2);
    tasks.forEach(t -> awaitTask(t.id(), s -> s.state().status().isTerminal()));

    assertThat(engine.mostAtOnce).hasValue(2);
    assertThat(tasks).allSatisfy(t -> assertThat(store.find(t.id()).orElseThrow().state().status()).isEqualTo(Status.SUCCEEDED));
  }

  @Test
  void a_woken_pool_starts_a_new_task_without_waiting_for_its_poll() {
    TinyEngine engine = new TinyEngine(1, 1);
    startPool(engine, 1);
    sleep(700); // let the worker fall asleep on an empty queue

    Task task = queued(aTask(), null);
    long start = System.nanoTime();
    pool.wake();
    awaitTask(task.id(), t -> t.state().status() != Status.QUEUED);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WorkerPool.POLL_EVERY);
  }

  @Test
  void renders_left_in_the_work_folder_by_a_crash_are_cleared() throws IOException {
    Path work = Files.createDirectories(dataDir.resolve("work"));
    Path left = Files.writeString(work.resolve("render-123.mp4"), "half a video");

    pool = TestWorkerPools.rendering(store, storage, new TinyEngine(1, 1), 1, work);
    pool.start();

    assertThat(left).doesNotExist();
  }

  private Task queued(io.reelgate.server.store.TaskBuilder builder, byte[] picture) {
    Task probe = builder.build();
    if (picture != null) {
      String key = TaskService.inputKey(probe.id(), "first-frame");
      try {
        storage.put(key, picture);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      probe = builder.withFirstFrame(key).build();
    }
    store.insert(probe);
    return probe;
  }

  private void startPool(TinyEngine engine, int concurrency) {
    pool = TestWorkerPools.rendering(store, storage, engine, concurrency, dataDir.resolve("work"));
    pool.start();
  }

  private Task awaitTask(String id, Predicate<Task> condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Task task = store.find(id).orElseThrow();
      if (condition.test(task)) return task;
      sleep(5);
    }
    throw new AssertionError("task " + id + " did not get there in " + PATIENCE + ": " + store.find(id));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
