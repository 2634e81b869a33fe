package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.keys.KeyStoreContract;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteKeyStoreTest extends KeyStoreContract {
  @TempDir Path dataDir;
  private HikariDataSource database;
  private JdbcKeyStore keys;

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
    keys = new JdbcKeyStore(Jdbis.create(database));
  }

  @AfterEach
  void closeDatabase() {
    database.close();
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
