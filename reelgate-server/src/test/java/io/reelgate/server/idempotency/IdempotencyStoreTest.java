package io.reelgate.server.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotencyStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final byte[] ANSWER = "{\"task_id\":\"t-1\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dataDir;
  private HikariDataSource database;
  private IdempotencyStore store;

  @BeforeEach
  void open() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
    store = new IdempotencyStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_answer_is_replayed_for_24_hours_then_the_key_starts_afresh() {
    assertThat(store.begin("key_a", "k1", "hash", T0)).isInstanceOf(IdempotencyStore.Started.class);
    store.complete("key_a", "k1", 200, ANSWER);

    assertThat(store.begin("key_a", "k1", "hash", T0.plusSeconds(24 * 3600 - 1)))
        .isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
    assertThat(store.begin("key_a", "k1", "other hash", T0.plusSeconds(60))).isInstanceOf(IdempotencyStore.Mismatch.class);
    assertThat(store.begin("key_a", "k1", "other hash", T0.plusSeconds(24 * 3600)))
        .isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void keys_are_per_api_key() {
    assertThat(store.begin("key_a", "k1", "hash", T0)).isInstanceOf(IdempotencyStore.Started.class);
    assertThat(store.begin("key_b", "k1", "hash", T0)).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void a_twin_of_a_request_being_answered_is_told_to_wait_and_an_abandoned_one_is_taken_over() {
    store.begin("key_a", "k1", "hash", T0);
    assertThat(store.begin("key_a", "k1", "hash", T0.plusSeconds(1))).isInstanceOf(IdempotencyStore.Pending.class);
    assertThat(store.begin("key_a", "k1", "hash", T0.plus(IdempotencyStore.ABANDONED_AFTER)))
        .isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void a_failed_request_leaves_the_key_free() {
    store.begin("key_a", "k1", "hash", T0);
    store.abandon("key_a", "k1");
    assertThat(store.begin("key_a", "k1", "fixed body", T0)).isInstanceOf(IdempotencyStore.Started.class);
  }

  @Test
  void cleaning_deletes_only_expired_rows() {
    store.begin("key_a", "old", "hash", T0);
    store.begin("key_a", "new", "hash", T0.plusSeconds(3600));
    store.complete("key_a", "new", 200, ANSWER);
    assertThat(store.deleteExpired(T0.plusSeconds(24 * 3600))).isEqualTo(1);
    assertThat(store.begin("key_a", "new", "hash", T0.plusSeconds(24 * 3600))).isEqualTo(new IdempotencyStore.Replay(200, ANSWER));
  }
}
