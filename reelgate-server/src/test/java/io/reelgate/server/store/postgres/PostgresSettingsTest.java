package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.Settings;
import io.reelgate.server.store.SettingsContract;
import io.reelgate.server.store.jdbc.JdbcSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgresSettingsTest extends SettingsContract {
  private static HikariDataSource database;

  @BeforeAll
  static void openDatabase() {
    database = PostgresDatabase.open(PostgresFixture.newDatabase());
  }

  @AfterAll
  static void closeDatabase() {
    if (database != null) database.close();
  }

  @BeforeEach
  void empty() {
    PostgresTables.truncate(database);
  }

  @Override
  protected Settings settings() {
    return new JdbcSettings(database);
  }
}
