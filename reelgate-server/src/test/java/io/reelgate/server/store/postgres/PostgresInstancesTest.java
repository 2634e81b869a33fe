package io.reelgate.server.store.postgres;

import static io.reelgate.server.store.TaskBuilder.failure;
import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.database.Database;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.store.TaskStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL database, each with a pool of its own, as two servers would
 * be: what they must never do twice, and how one hears of and recovers the other's tasks.
 */
class PostgresInstancesTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private static String address;
  private static HikariDataSource databaseA;
  private static HikariDataSource databaseB;
  private static PostgresTaskStore instanceA;
  private static PostgresTaskStore instanceB;

  @BeforeAll
  static void openInstances() {
    address = PostgresFixture.newDatabaseUri();
    databaseA = PostgresDatabase.open(address);
    databaseB = PostgresDatabase.open(address);
    instanceA = new PostgresTaskStore(databaseA);
    instanceB = new PostgresTaskStore(databaseB);
  }

  @AfterAll
  static void closeInstances() {
    if (databaseA != null) databaseA.close();
    if (databaseB != null) databaseB.close();
  }

  @BeforeEach
  void empty() {
    PostgresTables.truncate(databaseA);
  }

  @Test
  void two_instances_racing_for_tasks_never_claim_one_twice() throws Exception {
    int tasks = 200;
    for (int i = 0; i < tasks; i++) instanceA.insert(aTask().createdAt(T0.plusMillis(i % 7)).build());
    Set<String> claimed = ConcurrentHashMap.newKeySet();
    AtomicInteger claims = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        TaskStore instance = w % 2 == 0 ? instanceA : instanceB;
        String workerId = (w % 2 == 0 ? "a-" : "b-") + w;
        running.add(threads.submit(() -> {
          go.await();
          Optional<Task> next;
          while ((next = instance.claimNext(workerId, T0, LEASE)).isPresent()) {
            claims.incrementAndGet();
            claimed.add(next.get().id());
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> claimer : running) claimer.get();
    } finally {
      threads.shutdownNow();
    }

    assertThat(claims).hasValue(tasks);
    assertThat(claimed).hasSize(tasks);
    assertThat(instanceB.depth()).isEqualTo(new TaskStore.Depth(0, tasks));
  }

  @Test
  void a_task_queued_on_one_instance_wakes_the_other_within_a_second() throws Exception {
    CountDownLatch heard = new CountDownLatch(2); // once when it starts listening, once for the task
    try (TaskStore.Subscription ignored = instanceB.onTaskQueued(heard::countDown)) {
      awaitListening(heard, 1);

      instanceA.insert(aTask().build());

      assertThat(heard.await(1, TimeUnit.SECONDS)).as("woken within a second").isTrue();
    }
  }

  @Test
  void a_task_handed_back_to_the_queue_wakes_the_other_instance_too() throws Exception {
    instanceA.insert(aTask().build());
    instanceA.claimNext("dead-worker", T0, LEASE).orElseThrow();
    CountDownLatch heard = new CountDownLatch(2);
    try (TaskStore.Subscription ignored = instanceB.onTaskQueued(heard::countDown)) {
      awaitListening(heard, 1);

      assertThat(instanceA.requeueExpired(T0.plus(LEASE).plusSeconds(1))).isEqualTo(1);

      assertThat(heard.await(1, TimeUnit.SECONDS)).as("woken within a second").isTrue();
    }
  }

  @Test
  void a_closed_subscription_hears_nothing_more() throws Exception {
    AtomicInteger wakes = new AtomicInteger();
    TaskStore.Subscription subscription = instanceB.onTaskQueued(wakes::incrementAndGet);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (wakes.get() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
    subscription.close();
    int before = wakes.get();

    instanceA.insert(aTask().build());
    Thread.sleep(700);

    assertThat(wakes).hasValue(before);
  }

  @Test
  void a_lease_left_by_a_dead_instance_is_requeued_and_finished_by_another() {
    Task task = aTask().build();
    instanceA.insert(task);
    Task heldByDead = instanceA.claimNext("instance-a-worker", T0, LEASE).orElseThrow();

    // Instance B, checking leases later, finds it expired and takes it over.
    assertThat(instanceB.requeueExpired(T0.plusSeconds(10))).as("lease still running").isZero();
    assertThat(instanceB.requeueExpired(T0.plus(LEASE).plusSeconds(1))).isEqualTo(1);
    Task takenOver = instanceB.claimNext("instance-b-worker", T0.plusSeconds(31), LEASE).orElseThrow();
    Task done = instanceB.update(takenOver, takenOver.withResult("tasks/x/result.mp4", 1280, 720, T0.plusSeconds(40))).orElseThrow();

    assertThat(done.state().status()).isEqualTo(Status.SUCCEEDED);
    assertThat(done.state().attempts()).isEqualTo(2);
    // Should the first instance come back, its stale copy can neither finish nor keep the task.
    assertThat(instanceA.update(heldByDead, heldByDead.withFailure(failure("late"), T0.plusSeconds(41)))).isEmpty();
    assertThat(instanceA.renewLease(task.id(), "instance-a-worker", T0.plusSeconds(60))).isFalse();
    assertThat(instanceA.find(task.id())).contains(done);
  }

  @Test
  void a_link_signed_by_one_instance_is_accepted_by_another(@TempDir Path dataA, @TempDir Path dataB) throws Exception {
    try (Database a = Database.openForServer(address, dataA);
        Database b = Database.openForServer(address, dataB)) {
      Clock clock = Clock.systemUTC();
      LinkSigner signerA =
          new LinkSigner(LinkSigner.loadOrCreateSecret(a.settings(), null), () -> "http://a", Duration.ofHours(1), clock);
      LinkSigner signerB =
          new LinkSigner(LinkSigner.loadOrCreateSecret(b.settings(), null), () -> "http://b", Duration.ofHours(1), clock);

      String link = signerA.link("tasks/t1/result.mp4");
      String query = link.substring(link.indexOf('?') + 1);
      String expires = query.replaceAll(".*expires=([^&]*).*", "$1");
      String signature = query.replaceAll(".*signature=([^&]*).*", "$1");

      assertThatCode(() -> signerB.verify("tasks/t1/result.mp4", expires, signature)).doesNotThrowAnyException();
      assertThat(a.description()).startsWith("PostgreSQL ").doesNotContain("password");
    }
  }

  /** Until the listener has started (it wakes once then), so that nothing is missed before. */
  private static void awaitListening(CountDownLatch heard, long remaining) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (heard.getCount() > remaining && System.nanoTime() < deadline) Thread.sleep(5);
    assertThat(heard.getCount()).as("the listener started").isEqualTo(remaining);
  }
}
