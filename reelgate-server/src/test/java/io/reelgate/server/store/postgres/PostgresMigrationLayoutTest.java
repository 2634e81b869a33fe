package io.reelgate.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.jdbc.OldMigrationLayout;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database migrated by a server of the old layout (every migration in the PostgreSQL
 * folder, times as TIMESTAMPTZ) opens through the shared folder, and V16 turns its times into the
 * epoch milliseconds of today's schema without moving any of them.
 */
class PostgresMigrationLayoutTest {
  private static final Instant CREATED = Instant.parse("2025-03-04T05:06:07.089Z");
  private static final Instant STARTED = CREATED.plusMillis(1_001);
  private static final Instant LEASED_UNTIL = CREATED.plusSeconds(30);
  private static final Instant REVOKED = CREATED.plusMillis(999);

  @TempDir Path scratch;

  @Test
  void a_database_of_the_old_layout_opens_and_keeps_its_times_to_the_millisecond() throws Exception {
    String address = PostgresFixture.newDatabase();
    PGSimpleDataSource plain = new PGSimpleDataSource();
    plain.setURL(address);
    OldMigrationLayout.migrate(plain, OldMigrationLayout.folder(PostgresDatabase.MIGRATIONS, scratch));
    try (Connection connection = plain.getConnection();
        Statement insert = connection.createStatement()) {
      insert.execute(
          "INSERT INTO api_keys (id, name, secret_hash, created_at, revoked_at) VALUES ('key_old', 'old', 'hash',"
              + " '" + CREATED + "', '" + REVOKED + "')");
      insert.execute(
          "INSERT INTO tasks (id, key_id, dialect, model, mode, prompt, duration_seconds, resolution, prompt_expansion,"
              + " fast_pretreatment, status, created_at, started_at, lease_until) VALUES ('task_old', 'key_old', 'novita',"
              + " 'MiniMax-Hailuo-2.3', 'TEXT_TO_VIDEO', 'a lighthouse', 6, 'P768', false, false, 'PROCESSING',"
              + " '" + CREATED + "', '" + STARTED + "', '" + LEASED_UNTIL + "')");
      insert.execute(
          "INSERT INTO credit_ledger (task_id, kind, key_id, amount, at) VALUES ('task_old', 'RESERVE', 'key_old', 12,"
              + " '" + STARTED + "')");
    }

    try (HikariDataSource database = PostgresDatabase.open(address)) {
      assertThat(new JdbcKeyStore(Jdbis.create(database)).list())
          .containsExactly(new ApiKey("key_old", "old", CREATED, true, null));
      assertThat(millis(database, "SELECT created_at, started_at, finished_at, lease_until FROM tasks"))
          .containsExactly(CREATED.toEpochMilli(), STARTED.toEpochMilli(), null, LEASED_UNTIL.toEpochMilli());
      assertThat(millis(database, "SELECT revoked_at FROM api_keys")).containsExactly(REVOKED.toEpochMilli());
      assertThat(millis(database, "SELECT at FROM credit_ledger")).containsExactly(STARTED.toEpochMilli());
    }
  }

  /** The columns of the one row {@code sql} selects, as they are stored. */
  private static Long[] millis(HikariDataSource database, String sql) throws Exception {
    try (Connection connection = database.getConnection();
        Statement select = connection.createStatement();
        ResultSet row = select.executeQuery(sql)) {
      row.next();
      Long[] values = new Long[row.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) values[i] = row.getObject(i + 1, Long.class);
      return values;
    }
  }
}
