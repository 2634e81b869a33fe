package io.reelgate.server.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.server.store.WrittenWithTask;
import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.core.task.Task;
import io.reelgate.server.limits.RateLimit;
import io.reelgate.server.limits.RateLimiter;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.jdbc.TaskChangeHook;
import io.reelgate.server.store.sqlite.SqliteTaskStore;
import io.reelgate.server.store.sqlite.SqliteTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What {@link TaskService} does when a limit refuses a create: nothing stays behind. */
class TaskServiceLimitsTest {
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  @TempDir Path dataDir;
  @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();
  private SqliteTaskStore store;
  private LocalStorage storage;

  @BeforeEach
  void open() {
    store = sqlite.tasks();
    storage = new LocalStorage(dataDir.resolve("files"));
  }

  @Test
  void a_create_refused_for_credit_leaves_no_picture_behind() throws Exception {
    store = sqlite.tasksWith(new TaskChangeHook() {
      @Override
      public void inserted(Connection connection, Task task) {
        throw new InsufficientCreditException(task.keyId(), 12, 5);
      }
    });
    TaskService tasks = CountedEvents.service(store, storage, Clock.fixed(NOW, ZoneOffset.UTC), TaskEvents.NONE);
    byte[] png = TestPictures.png(640, 360);

    assertThatThrownBy(() -> tasks.submit("key_a", "novita", "t-1", TaskServiceTest.request(png, png), WrittenWithTask.NOTHING))
        .isInstanceOf(InsufficientCreditException.class);

    assertThat(store.find("t-1")).isEmpty();
    try (Stream<Path> files = Files.walk(dataDir.resolve("files"))) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void a_key_that_cannot_pay_is_refused_before_its_pictures_are_stored() throws Exception {
    CreditCheck broke = (keyId, request) -> {
      throw new InsufficientCreditException(keyId, 12, 5);
    };
    Path watched = dataDir.resolve("watched");
    TaskService tasks = new TaskService(new RateLimiter(RateLimit.OFF, Clock.systemUTC()), broke, new LocalStorage(watched),
        CallbackTargets.NONE, store, TaskEvents.NONE, Clock.systemUTC());
    byte[] png = TestPictures.png(640, 360);

    assertThatThrownBy(() -> tasks.submit("key_a", "novita", "t-1", TaskServiceTest.request(png, png), WrittenWithTask.NOTHING))
        .isInstanceOf(InsufficientCreditException.class);

    assertThat(store.find("t-1")).isEmpty();
    // Not written and deleted again (which would leave the task's folder): never written at all.
    try (Stream<Path> written = Files.list(watched)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void creates_over_the_rate_are_refused_until_a_token_comes_back() {
    MovableClock clock = new MovableClock(NOW);
    RateLimiter limiter = new RateLimiter(RateLimit.parse("2/s", 3), clock);
    TaskService tasks =
        new TaskService(limiter, CreditCheck.NONE, storage, CallbackTargets.NONE, store, TaskEvents.NONE, clock);

    for (int i = 0; i < 3; i++) tasks.submit("key_a", "novita", "t-" + i, TaskServiceTest.request(null, null), WrittenWithTask.NOTHING);
    assertThatThrownBy(() -> tasks.submit("key_a", "novita", "t-3", TaskServiceTest.request(null, null), WrittenWithTask.NOTHING))
        .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
          assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(500));
          assertThat(e.retryAfterSeconds()).isEqualTo(1);
        });
    // Another key has its own bucket.
    tasks.submit("key_b", "novita", "t-b", TaskServiceTest.request(null, null), WrittenWithTask.NOTHING);

    clock.advance(Duration.ofMillis(500));
    tasks.submit("key_a", "novita", "t-4", TaskServiceTest.request(null, null), WrittenWithTask.NOTHING);
    assertThat(store.find("t-3")).isEmpty();
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
