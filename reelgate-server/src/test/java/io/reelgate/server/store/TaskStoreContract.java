package io.reelgate.server.store;

import static io.reelgate.server.store.TaskBuilder.failure;
import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.task.Task;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.core.task.StoredReference;
import io.reelgate.core.media.ReferenceRole;
import io.reelgate.core.task.TaskState;
import io.reelgate.core.task.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskStore} promises. A backend runs it by extending this class and giving
 * {@link #store()} a fresh, empty store for each test.
 */
public abstract class TaskStoreContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  protected static final Duration LEASE = Duration.ofSeconds(30);

  /** A fresh, empty store; the same one for every call within a test. */
  protected abstract TaskStore store();

  @Test
  void inserted_task_is_found_as_written() {
    // A speed word and an unknown bracket, so that speeds and warnings make the round trip too.
    String prompt = "quickly [Zoom out,Pan left] then [Push in] [Pan sideways]";
    CameraScript script = CameraScriptParser.parse(prompt, true);
    Task task = Task.accepted("t-full", "key_a", "novita", T0,
        new TaskRequest("MiniMax-Hailuo-02", Mode.FIRST_LAST_FRAME, prompt, script.prompt(),
            script, 10, Resolution.P1080, VideoFormat.h3(Ratio.R21_9), true, true, "tasks/t-full/first-frame", "tasks/t-full/last-frame",
            Scenario.parse("fail-at; percent=40", "test"), List.of(), false));

    store().insert(task);

    assertThat(store().find("t-full")).contains(task);
    assertThat(store().find("no-such-task")).isEmpty();
  }

  @Test
  void reference_media_and_the_watermark_flag_are_found_as_written() {
    List<StoredReference> references = List.of(
        new StoredReference(ReferenceRole.IMAGE, "tasks/t-refs/first-frame"),
        new StoredReference(ReferenceRole.IMAGE, "tasks/t-refs/reference-image-1.png"),
        new StoredReference(ReferenceRole.VIDEO, "tasks/t-refs/reference-video-0.mp4"),
        new StoredReference(ReferenceRole.AUDIO, "tasks/t-refs/reference-audio-0.wav"));
    Task task = Task.accepted("t-refs", "key_a", "minimax-v2", T0,
        new TaskRequest("MiniMax-H3", Mode.REFERENCE_TO_VIDEO, "a fox", null, CameraScriptParser.parse("a fox", false), 5,
            Resolution.P768, VideoFormat.h3(Ratio.ADAPTIVE), false, false, "tasks/t-refs/first-frame", null, null, references, true));

    store().insert(task);

    Task found = store().find("t-refs").orElseThrow();
    assertThat(found).isEqualTo(task);
    assertThat(found.request().referenceKeys(ReferenceRole.VIDEO)).containsExactly("tasks/t-refs/reference-video-0.mp4");
    store().insert(aTask().withId("t-none").build());
    assertThat(store().find("t-none").orElseThrow().request().references()).isEmpty();
    assertThat(store().find("t-none").orElseThrow().request().watermark()).isFalse();
  }

  @Test
  void a_second_task_with_the_same_id_is_refused() {
    store().insert(aTask().withId("twice").build());

    assertThatThrownBy(() -> store().insert(aTask().withId("twice").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void claim_takes_the_oldest_queued_task_and_leases_it() {
    Task newer = aTask().createdAt(T0.plusSeconds(5)).build();
    Task older = aTask().createdAt(T0).build();
    store().insert(newer);
    store().insert(older);

    Task claimed = store().claimNext("w1", T0.plusSeconds(10), LEASE).orElseThrow();

    assertThat(claimed.id()).isEqualTo(older.id());
    assertThat(claimed.state().status()).isEqualTo(Status.PROCESSING);
    assertThat(claimed.state().startedAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(claimed.state().attempts()).isEqualTo(1);
    assertThat(claimed.version()).isEqualTo(older.version() + 1);
    assertThat(store().find(older.id())).contains(claimed);
    // The lease is this worker's: another cannot renew it.
    assertThat(store().renewLease(older.id(), "w2", T0.plusSeconds(60))).isFalse();
    assertThat(store().renewLease(older.id(), "w1", T0.plusSeconds(60))).isTrue();
  }

  @Test
  void claim_finds_nothing_when_no_task_is_queued() {
    store().insert(aTask().build());
    store().claimNext("w1", T0, LEASE).orElseThrow();

    assertThat(store().claimNext("w1", T0, LEASE)).isEmpty();
  }

  @Test
  void claim_is_exclusive_under_concurrent_claimers() throws Exception {
    int tasks = 40;
    int workers = 8;
    for (int i = 0; i < tasks; i++) store().insert(aTask().createdAt(T0.plusMillis(i)).build());
    Set<String> claimed = ConcurrentHashMap.newKeySet();
    AtomicInteger claims = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);

    List<Callable<Void>> claimers = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      String workerId = "w" + w;
      claimers.add(
          () -> {
            go.await();
            Optional<Task> next;
            while ((next = store().claimNext(workerId, T0, LEASE)).isPresent()) {
              claims.incrementAndGet();
              claimed.add(next.get().id());
            }
            return null;
          });
    }
    runTogether(claimers, go);

    assertThat(claims).hasValue(tasks);
    assertThat(claimed).hasSize(tasks);
    assertThat(store().depth()).isEqualTo(new TaskStore.Depth(0, tasks));
  }

  @Test
  void only_one_of_two_racing_finishes_wins() throws Exception {
    for (int round = 0; round < 20; round++) {
      store().insert(aTask().build());
      Task processing = store().claimNext("w1", T0, LEASE).orElseThrow();
      Task succeeded = processing.withResult("tasks/x/result.mp4", 1280, 720, T0.plusSeconds(1));
      Task failed = processing.withFailure(failure("lost the race"), T0.plusSeconds(1));
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger wins = new AtomicInteger();

      runTogether(
          List.of(
              () -> {
                go.await();
                if (store().update(processing, succeeded).isPresent()) wins.incrementAndGet();
                return null;
              },
              () -> {
                go.await();
                if (store().update(processing, failed).isPresent()) wins.incrementAndGet();
                return null;
              }),
          go);

      assertThat(wins).hasValue(1);
      assertThat(store().find(processing.id()).orElseThrow().state().status()).isIn(Status.SUCCEEDED, Status.FAILED);
    }
  }

  @Test
  void update_writes_the_next_version_and_refuses_a_stale_one() {
    store().insert(aTask().build());
    Task processing = store().claimNext("w1", T0, LEASE).orElseThrow();

    Task at40 = store().update(processing, processing.withProgress(40)).orElseThrow();

    assertThat(at40.state().progressPercent()).isEqualTo(40);
    assertThat(at40.version()).isEqualTo(processing.version() + 1);
    assertThat(store().update(processing, processing.withProgress(50))).isEmpty();
    assertThat(store().find(processing.id()).orElseThrow().state().progressPercent()).isEqualTo(40);
  }

  @Test
  void success_is_stored_with_its_result() {
    store().insert(aTask().build());
    Task processing = store().claimNext("w1", T0, LEASE).orElseThrow();

    Task done =
        store().update(processing, processing.withResult("tasks/a/result.mp4", 1366, 768, T0.plusSeconds(9))).orElseThrow();

    assertThat(store().find(done.id())).contains(done);
    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.state().progressPercent()).isEqualTo(100);
    assertThat(done.state().resultKey()).isEqualTo("tasks/a/result.mp4");
    assertThat(done.state().videoWidth()).isEqualTo(1366);
    assertThat(done.state().videoHeight()).isEqualTo(768);
    assertThat(done.state().finishedAt()).isEqualTo(T0.plusSeconds(9));
    // A finished task holds no lease any more.
    assertThat(store().renewLease(done.id(), "w1", T0.plusSeconds(60))).isFalse();
  }

  @Test
  void illegal_transition_is_refused() {
    store().insert(aTask().build());
    Task processing = store().claimNext("w1", T0, LEASE).orElseThrow();
    Task done = store().update(processing, processing.withResult("k", 1, 1, T0)).orElseThrow();
    // Built by hand, as a buggy caller could: SUCCEEDED back to PROCESSING.
    Task reopened = new Task(done.id(), done.keyId(), done.dialect(), done.createdAt(), done.request(),
        new TaskState(Status.PROCESSING, 50, null, null, null, null, done.state().startedAt(), null, done.state().attempts()),
        done.version());

    assertThatThrownBy(() -> store().update(done, reopened))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(done.id());
    assertThat(store().find(done.id())).contains(done);
  }

  @Test
  void task_claimed_by_dead_worker_is_recovered() {
    Task task = aTask().build();
    store().insert(task);
    Task claimed = store().claimNext("dead-worker", T0, LEASE).orElseThrow();
    store().update(claimed, claimed.withProgress(60)).orElseThrow();

    int requeued = store().requeueExpired(T0.plus(LEASE).plusSeconds(1));

    assertThat(requeued).isEqualTo(1);
    Task back = store().find(task.id()).orElseThrow();
    assertThat(back.state().status()).isEqualTo(Status.QUEUED);
    assertThat(back.state().progressPercent()).isZero();
    assertThat(back.state().failure()).isNull();
    Task again = store().claimNext("new-worker", T0.plusSeconds(40), LEASE).orElseThrow();
    assertThat(again.id()).isEqualTo(task.id());
    assertThat(again.state().attempts()).isEqualTo(2);
    // The dead worker's copy is stale: it can neither finish the task nor keep its lease.
    assertThat(store().update(claimed, claimed.withResult("k", 1, 1, T0))).isEmpty();
    assertThat(store().renewLease(task.id(), "dead-worker", T0.plusSeconds(90))).isFalse();
  }

  @Test
  void live_and_renewed_leases_are_not_requeued() {
    store().insert(aTask().build());
    store().insert(aTask().build());
    Task renewed = store().claimNext("w1", T0, LEASE).orElseThrow();
    store().claimNext("w1", T0.plusSeconds(20), LEASE).orElseThrow();
    assertThat(store().renewLease(renewed.id(), "w1", T0.plusSeconds(60))).isTrue();

    assertThat(store().requeueExpired(T0.plusSeconds(45))).isZero();
    assertThat(store().depth()).isEqualTo(new TaskStore.Depth(0, 2));
  }

  @Test
  void handing_a_task_back_releases_its_lease() {
    store().insert(aTask().build());
    Task processing = store().claimNext("w1", T0, LEASE).orElseThrow();

    Task queued = store().update(processing, processing.withStatus(Status.QUEUED, T0)).orElseThrow();

    assertThat(queued.state().status()).isEqualTo(Status.QUEUED);
    assertThat(store().renewLease(queued.id(), "w1", T0.plusSeconds(60))).isFalse();
    assertThat(store().claimNext("w2", T0, LEASE)).map(Task::id).contains(queued.id());
  }

  @Test
  void list_by_key_shows_only_its_own_tasks_newest_first() {
    Task a1 = aTask().ownedBy("key_a").createdAt(T0).build();
    Task a2 = aTask().ownedBy("key_a").createdAt(T0.plusSeconds(1)).build();
    Task a3 = aTask().ownedBy("key_a").createdAt(T0.plusSeconds(2)).build();
    Task b1 = aTask().ownedBy("key_b").createdAt(T0.plusSeconds(3)).build();
    List.of(a1, b1, a3, a2).forEach(store()::insert);

    assertThat(store().listByKey("key_a", 10, 0)).extracting(Task::id).containsExactly(a3.id(), a2.id(), a1.id());
    assertThat(store().listByKey("key_a", 1, 1)).extracting(Task::id).containsExactly(a2.id());
    assertThat(store().listByKey("key_b", 10, 0)).extracting(Task::id).containsExactly(b1.id());
    assertThat(store().listByKey("key_c", 10, 0)).isEmpty();
  }

  @Test
  void depth_counts_queued_and_processing_tasks() {
    for (int i = 0; i < 3; i++) store().insert(aTask().build());
    Task processing = store().claimNext("w1", T0, LEASE).orElseThrow();
    Task finished = store().claimNext("w1", T0, LEASE).orElseThrow();
    store().update(finished, finished.withFailure(failure("bad picture"), T0)).orElseThrow();

    assertThat(store().depth()).isEqualTo(new TaskStore.Depth(1, 1));
    assertThat(processing.state().status()).isEqualTo(Status.PROCESSING);
  }

  @Test
  void queued_before_counts_the_queued_tasks_created_earlier() {
    Task first = aTask().createdAt(T0).build();
    Task second = aTask().createdAt(T0.plusSeconds(1)).build();
    Task third = aTask().createdAt(T0.plusSeconds(2)).build();
    for (Task task : List.of(first, second, third)) store().insert(task);

    assertThat(List.of(first, second, third)).extracting(store()::queuedBefore).containsExactly(0, 1, 2);
    store().claimNext("w1", T0.plusSeconds(3), LEASE).orElseThrow();
    assertThat(store().queuedBefore(third)).isEqualTo(1);
  }

  private static void runTogether(List<Callable<Void>> jobs, CountDownLatch go) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(jobs.size());
    try {
      List<Future<Void>> running = jobs.stream().map(threads::submit).toList();
      go.countDown();
      for (Future<Void> job : running) job.get();
    } finally {
      threads.shutdownNow();
    }
  }
}
