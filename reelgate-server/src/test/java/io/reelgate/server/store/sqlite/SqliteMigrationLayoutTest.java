package io.reelgate.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.jdbc.OldMigrationLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite file migrated by a server of the old layout (every migration in the SQLite folder)
 * opens through the shared folder: Flyway finds every applied migration again, with the same
 * checksum, and validates.
 */
class SqliteMigrationLayoutTest {
  @TempDir Path dataDir;

  @Test
  void a_database_migrated_with_the_old_layout_opens_with_the_shared_folder() throws Exception {
    Path file = dataDir.resolve("reelgate.db");
    OldMigrationLayout.migrate(plain(file), OldMigrationLayout.folder(SqliteDatabase.MIGRATIONS, dataDir));

    try (HikariDataSource database = SqliteDatabase.open(file);
        Connection connection = database.getConnection();
        Statement select = connection.createStatement();
        ResultSet history = select.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1")) {
      history.next();
      assertThat(history.getInt(1)).isGreaterThanOrEqualTo(7);
    }
  }

  /** The test above proves something: Flyway does refuse a migration whose bytes changed. */
  @Test
  void a_migration_changed_since_it_was_applied_is_refused() throws Exception {
    Path file = dataDir.resolve("reelgate.db");
    Path old = OldMigrationLayout.folder(SqliteDatabase.MIGRATIONS, dataDir);
    Files.writeString(old.resolve("V2__settings.sql"), "\n-- changed\n", StandardOpenOption.APPEND);
    OldMigrationLayout.migrate(plain(file), old);

    assertThatThrownBy(() -> SqliteDatabase.open(file).close())
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("checksum");
  }

  private static SQLiteDataSource plain(Path file) {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }
}
