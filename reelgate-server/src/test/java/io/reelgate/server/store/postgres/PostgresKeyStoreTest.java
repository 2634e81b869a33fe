package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.keys.KeyStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgresKeyStoreTest extends KeyStoreContract {
  private static HikariDataSource database;
  private static PostgresKeyStore keys;

  @BeforeAll
  static void openDatabase() {
    database = PostgresDatabase.open(PostgresFixture.newDatabase());
    keys = new PostgresKeyStore(database);
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
  protected KeyStore keys() {
    return keys;
  }

  @Override
  protected DataSource database() {
    return database;
  }
}
