package io.reelgate.server.task;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.render.RenderJob;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.postgres.PostgresDatabase;
import io.reelgate.server.store.postgres.PostgresFixture;
import io.reelgate.server.store.postgres.PostgresTaskStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worker pools of two instances sharing one PostgreSQL queue, as two servers would. */
class WorkerPoolsOnPostgresTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  private final List<AutoCloseable> opened = new ArrayList<>();
  private PostgresTaskStore instanceA;
  private PostgresTaskStore instanceB;
  private LocalStorage storage;

  @BeforeEach
  void open() {
    String address = PostgresFixture.newDatabase();
    instanceA = new PostgresTaskStore(remember(PostgresDatabase.open(address)));
    instanceB = new PostgresTaskStore(remember(PostgresDatabase.open(address)));
    storage = new LocalStorage(dataDir.resolve("files"));
  }

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) opened.get(i).close();
  }

  @Test
  void two_instances_render_every_task_exactly_once() {
    TinyEngine engineA = new TinyEngine(5, 2);
    TinyEngine engineB = new TinyEngine(5, 2);
    start(instanceA, engineA, "a");
    start(instanceB, engineB, "b");
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Task task = aTask().withPrompt("Task " + i + " [Push in]").build();
      (i % 2 == 0 ? instanceA : instanceB).insert(task);
      tasks.add(task);
    }

    tasks.forEach(t -> assertThat(awaitTask(t.id()).state().status()).isEqualTo(Status.SUCCEEDED));

    List<String> rendered = Stream.concat(engineA.jobs.stream(), engineB.jobs.stream()).map(RenderJob::prompt).toList();
    assertThat(rendered).hasSize(30).doesNotHaveDuplicates();
    assertThat(tasks).allSatisfy(t -> assertThat(instanceA.find(t.id()).orElseThrow().state().attempts()).isEqualTo(1));
  }

  @Test
  void task_left_by_a_dead_instance_is_finished_by_another_when_its_lease_runs_out() {
    Task task = aTask().build();
    instanceA.insert(task);
    // Instance A claimed it a lease ago, then died: nobody renews the lease.
    instanceA.claimNext("worker-of-dead-instance", Clock.systemUTC().instant().minus(WorkerPool.LEASE).minusSeconds(1),
        WorkerPool.LEASE).orElseThrow();

    start(instanceB, new TinyEngine(5, 2), "b");

    Task done = awaitTask(task.id());
    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.state().attempts()).isEqualTo(2);
  }

  @Test
  void a_task_whose_lease_is_still_running_is_left_to_its_instance() throws InterruptedException {
    Task task = aTask().build();
    instanceA.insert(task);
    Task held = instanceA.claimNext("worker-of-live-instance", Clock.systemUTC().instant(), WorkerPool.LEASE).orElseThrow();

    start(instanceB, new TinyEngine(5, 2), "b");
    Thread.sleep(1000);

    assertThat(instanceB.find(task.id())).contains(held);
  }

  private void start(PostgresTaskStore store, TinyEngine engine, String name) {
    WorkerPool pool = TestWorkerPools.rendering(store, storage, engine, 2, dataDir.resolve("work-" + name));
    pool.start();
    remember(pool);
  }

  private <T extends AutoCloseable> T remember(T resource) {
    opened.add(resource);
    return resource;
  }

  private Task awaitTask(String id) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Task task = instanceA.find(id).orElseThrow();
      if (task.state().status().isTerminal()) return task;
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("task " + id + " did not finish in " + PATIENCE + ": " + instanceA.find(id));
  }
}
