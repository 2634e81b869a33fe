package io.reelgate.server.idempotency;

import static io.reelgate.server.store.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.IdempotencyConflictException;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.Jdbis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link IdempotencyStore} promises on every database: a record and the task it produced
 * commit together or not at all; a pending record is held by a lease, taken over only once the
 * lease has run out, and never bound by a request that lost it.
 */
public abstract class IdempotencyStoreContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final byte[] ANSWER = "{\"task_id\":\"t-1\"}".getBytes(StandardCharsets.UTF_8);

  protected abstract DataSource dataSource();

  protected abstract JdbcTaskStore tasks();

  private IdempotencyStore store;
  /** Keys of this test alone: the PostgreSQL database is shared by the tests of a class. */
  private String apiKey;

  @BeforeEach
  void openStore() {
    store = new IdempotencyStore(Jdbis.create(dataSource()));
    apiKey = "key_" + UUID.randomUUID();
  }

  private IdempotencyStore.Outcome begin(String idemKey, String hash, String owner, Instant now) {
    return store.begin(apiKey, idemKey, hash, owner, now, LEASE);
  }

  private IdempotencyStore.Claim started(String idemKey, String owner, Instant now) {
    return ((IdempotencyStore.Started) begin(idemKey, "hash", owner, now)).claim();
  }

  /** Inserts a task with the claim bound to it, as a create does. */
  private Task insertBound(IdempotencyStore.Claim claim) {
    Task task = aTask().ownedBy(apiKey).build();
    tasks().insert(task, (connection, inserted) -> store.bind(connection, claim, inserted.id(), 200, ANSWER));
    return task;
  }

  @Test
  void an_answer_bound_with_its_task_is_replayed_for_24_hours_then_the_key_starts_afresh() {
    insertBound(started("k1", "a", T0));

    assertThat(begin("k1", "hash", "b", T0.plusSeconds(24 * 3600 - 1))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
    assertThat(begin("k1", "other hash", "b", T0.plusSeconds(60))).isInstanceOf(IdempotencyStore.Mismatch.class);
    assertThat(begin("k1", "other hash", "b", T0.plusSeconds(24 * 3600))).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void keys_are_per_api_key() {
    assertThat(begin("k1", "hash", "a", T0)).isInstanceOf(IdempotencyStore.Started.class);
    assertThat(store.begin(apiKey + "-other", "k1", "hash", "b", T0, LEASE)).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void a_twin_waits_while_the_lease_lives_and_takes_over_once_it_has_run_out() {
    started("k1", "a", T0);

    assertThat(begin("k1", "hash", "b", T0.plus(LEASE))).isInstanceOf(IdempotencyStore.Pending.class);
    assertThat(begin("k1", "hash", "b", T0.plus(LEASE).plusMillis(1))).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void a_pending_row_of_a_server_before_leases_is_taken_over_not_looped_on() throws Exception {
    try (var connection = dataSource().getConnection();
        var insert = connection.prepareStatement(
            "INSERT INTO idempotency_keys (api_key_id, idem_key, request_hash, status, created_at) VALUES (?, 'k1', 'hash', 'pending', ?)")) {
      insert.setString(1, apiKey);
      insert.setLong(2, T0.toEpochMilli());
      insert.executeUpdate();
    }

    assertThat(begin("k1", "hash", "b", T0.plusSeconds(1))).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void a_renewed_lease_keeps_the_key_held() {
    IdempotencyStore.Claim claim = started("k1", "a", T0);

    store.renew(List.of(claim), T0.plus(LEASE).plus(LEASE));

    assertThat(begin("k1", "hash", "b", T0.plus(LEASE).plusSeconds(1))).isInstanceOf(IdempotencyStore.Pending.class);
  }

  @Test
  void a_request_that_lost_its_lease_cannot_bind_and_its_task_is_not_stored() {
    IdempotencyStore.Claim lost = started("k1", "a", T0);
    IdempotencyStore.Claim taker = started("k1", "b", T0.plus(LEASE).plusMillis(1));

    Task refused = aTask().ownedBy(apiKey).build();
    assertThatThrownBy(() -> tasks().insert(refused, (c, t) -> store.bind(c, lost, t.id(), 200, ANSWER)))
        .isInstanceOf(IdempotencyConflictException.class);

    assertThat(tasks().find(refused.id())).isEmpty();
    insertBound(taker);
    assertThat(begin("k1", "hash", "c", T0.plus(LEASE).plusSeconds(1))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
  }

  @Test
  void a_task_that_is_not_stored_leaves_its_record_pending_to_be_released() {
    IdempotencyStore.Claim claim = started("k1", "a", T0);
    Task existing = aTask().ownedBy(apiKey).build();
    tasks().insert(existing);

    // The same id again: the insert fails, and the record's change with it.
    assertThatThrownBy(() -> tasks().insert(existing, (c, t) -> store.bind(c, claim, t.id(), 200, ANSWER)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(begin("k1", "hash", "b", T0.plusSeconds(1))).isInstanceOf(IdempotencyStore.Pending.class);

    store.release(claim);
    assertThat(begin("k1", "fixed body", "b", T0.plusSeconds(1))).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void releasing_a_bound_claim_keeps_its_answer() {
    IdempotencyStore.Claim claim = started("k1", "a", T0);
    insertBound(claim);

    store.release(claim);

    assertThat(begin("k1", "hash", "b", T0.plusSeconds(1))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
  }

  @Test
  void leftovers_of_a_previous_run_are_released_and_answers_kept() {
    started("pending", "a", T0);
    insertBound(started("done", "a", T0));

    assertThat(store.releaseAllPending()).isGreaterThanOrEqualTo(1);

    assertThat(begin("pending", "hash", "b", T0.plusSeconds(1))).isInstanceOf(IdempotencyStore.Started.class);
    assertThat(begin("done", "hash", "b", T0.plusSeconds(1))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
  }

  @Test
  void a_later_answer_replaces_the_one_kept_for_the_same_task() {
    IdempotencyStore.Claim claim = started("k1", "a", T0);
    Task task = insertBound(claim);
    byte[] ended = "{\"status\":\"completed\"}".getBytes(StandardCharsets.UTF_8);

    store.answerAgain(claim, "another-task", 200, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(begin("k1", "hash", "b", T0.plusSeconds(1))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
    store.answerAgain(claim, task.id(), 200, ended);
    assertThat(begin("k1", "hash", "b", T0.plusSeconds(1))).isEqualTo(new IdempotencyStore.Replay(200, ended));
  }

  @Test
  void cleaning_deletes_only_expired_rows() {
    started("old", "a", T0);
    insertBound(started("new", "a", T0.plusSeconds(3600)));

    assertThat(store.deleteExpired(T0.plusSeconds(24 * 3600))).isGreaterThanOrEqualTo(1);

    assertThat(begin("old", "hash", "b", T0.plusSeconds(24 * 3600))).isInstanceOf(IdempotencyStore.Started.class);
    assertThat(begin("new", "hash", "b", T0.plusSeconds(24 * 3600))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
  }
}
