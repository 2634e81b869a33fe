package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.Settings;
import io.reelgate.server.store.SettingsContract;
import io.reelgate.server.store.jdbc.JdbcSettings;
import io.reelgate.server.store.jdbc.Jdbis;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteSettingsTest extends SettingsContract {
  @TempDir Path dataDir;
  private HikariDataSource database;

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Settings settings() {
    return new JdbcSettings(Jdbis.create(database));
  }
}
