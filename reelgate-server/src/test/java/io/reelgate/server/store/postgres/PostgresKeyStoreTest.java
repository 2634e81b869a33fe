package io.reelgate.server.store.postgres;

import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.keys.KeyStoreContract;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresKeyStoreTest extends KeyStoreContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static JdbcKeyStore keys;

  @BeforeAll
  static void openStore() {
    keys = new JdbcKeyStore(Jdbis.create(postgres.dataSource()));
  }

  @Override
  protected KeyStore keys() {
    return keys;
  }

  @Override
  protected DataSource database() {
    return postgres.dataSource();
  }
}
