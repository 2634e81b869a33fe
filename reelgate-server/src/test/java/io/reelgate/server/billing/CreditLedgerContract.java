package io.reelgate.server.billing;

import static io.reelgate.server.store.TaskBuilder.failure;
import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import io.reelgate.server.store.jdbc.Jdbis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link CreditLedger} promises on every database: the price reserved with the insert,
 * settled on success, given back on failure or cancel, each once, and a key without enough credit
 * refused before anything is stored. A 6 s 768P task costs 12 credits by the default table.
 */
public abstract class CreditLedgerContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final long PRICE = 12;

  /** A new task store on the contract's database, running {@code rules}. */
  protected abstract JdbcTaskStore store(TaskStoreRules rules);

  private JdbcTaskStore store;

  protected abstract KeyStore keys();

  protected abstract DataSource dataSource();

  private Credits credits;
  private String keyId;

  @BeforeEach
  void addLedger() {
    store = store(new TaskStoreRules(List.of(new CreditLedger(PriceTable.standard(), Clock.fixed(T0, ZoneOffset.UTC))), 0));
    credits = new Credits(Jdbis.create(dataSource()));
    keyId = keys().create("billing").key().id();
  }

  @Test
  void accepting_a_task_reserves_its_price_and_success_spends_it() {
    credits.grant(keyId, 100);
    Task task = aTask().ownedBy(keyId).build();
    store.insert(task);
    assertThat(credits.usage(keyId)).isEqualTo(new Credits.Usage(keyId, PRICE, 0, 0, 100 - PRICE));

    finish(task, Status.SUCCEEDED);
    assertThat(credits.usage(keyId)).isEqualTo(new Credits.Usage(keyId, 0, PRICE, 0, 100 - PRICE));
  }

  @Test
  void a_failed_task_gives_its_credit_back() {
    credits.grant(keyId, 100);
    Task task = aTask().ownedBy(keyId).build();
    store.insert(task);
    finish(task, Status.FAILED);
    assertThat(credits.usage(keyId)).isEqualTo(new Credits.Usage(keyId, 0, 0, PRICE, 100L));
  }

  @Test
  void a_cancelled_queued_task_gives_its_credit_back() {
    credits.grant(keyId, 100);
    Task task = aTask().ownedBy(keyId).build();
    store.insert(task);
    assertThat(store.update(task, task.withStatus(Status.CANCELLED, T0))).isPresent();
    assertThat(credits.usage(keyId)).isEqualTo(new Credits.Usage(keyId, 0, 0, PRICE, 100L));
  }

  @Test
  void a_key_without_enough_credit_is_refused_and_nothing_is_stored() {
    credits.grant(keyId, PRICE - 1);
    Task task = aTask().ownedBy(keyId).build();
    assertThatThrownBy(() -> store.insert(task))
        .isInstanceOf(InsufficientCreditException.class)
        .hasMessageContaining("costs 12 credits and the key has 11");
    assertThat(store.find(task.id())).isEmpty();
    assertThat(credits.usage(keyId)).isEqualTo(new Credits.Usage(keyId, 0, 0, 0, PRICE - 1));
  }

  @Test
  void the_price_follows_duration_and_resolution() {
    credits.grant(keyId, 100);
    store.insert(aTask().ownedBy(keyId).lasting(10, Resolution.P768).build());
    assertThat(credits.usage(keyId).balance()).isEqualTo(80L);
  }

  @Test
  void a_key_without_a_limit_is_never_refused_and_its_use_is_recorded() {
    Task task = aTask().ownedBy(keyId).build();
    store.insert(task);
    finish(task, Status.FAILED);
    assertThat(credits.usage(keyId)).isEqualTo(new Credits.Usage(keyId, 0, 0, PRICE, null));
  }

  @Test
  void a_grant_after_a_free_reservation_does_not_refund_what_was_never_taken() {
    Task task = aTask().ownedBy(keyId).build();
    store.insert(task);
    credits.grant(keyId, 5);
    finish(task, Status.FAILED);
    assertThat(credits.usage(keyId).balance()).isEqualTo(5L);
  }

  @Test
  void two_threads_ending_the_same_task_settle_or_refund_it_once() throws Exception {
    credits.grant(keyId, 20 * PRICE);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 20; i++) {
        Task task = aTask().ownedBy(keyId).build();
        store.insert(task);
        Task running = store.update(task, task.withStatus(Status.PROCESSING, T0)).orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        Future<Optional<Task>> success = threads.submit(() -> {
          start.await();
          return store.update(running, running.withResult("r", 1, 1, T0));
        });
        Future<Optional<Task>> failure = threads.submit(() -> {
          start.await();
          return store.update(running, running.withFailure(failure("lost"), T0));
        });
        start.countDown();
        assertThat(success.get().isPresent() ^ failure.get().isPresent()).as("exactly one ends task %s", i).isTrue();
        assertThat(ledgerRows(task.id())).hasSize(2);
      }
    } finally {
      threads.shutdownNow();
    }
    Credits.Usage usage = credits.usage(keyId);
    assertThat(usage.reserved()).isZero();
    assertThat(usage.spent() + usage.refunded()).isEqualTo(20 * PRICE);
    assertThat(usage.balance()).isEqualTo(20 * PRICE - usage.spent());
  }

  private void finish(Task task, Status end) {
    Task running = store.update(task, task.withStatus(Status.PROCESSING, T0)).orElseThrow();
    Task last = end == Status.SUCCEEDED ? running.withResult("r", 1, 1, T0) : running.withFailure(failure("broken"), T0);
    assertThat(store.update(running, last)).isPresent();
    // Ending it again is refused by the compare-and-set, and changes nothing.
    assertThat(store.update(running, last)).isEmpty();
  }

  private List<String> ledgerRows(String taskId) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT kind FROM credit_ledger WHERE task_id = ? ORDER BY kind")) {
      s.setString(1, taskId);
      List<String> kinds = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) kinds.add(r.getString(1));
      }
      return kinds;
    }
  }
}
