package io.reelgate.server.store.postgres;

import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.keys.KeyStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresKeyStoreTest extends KeyStoreContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static PostgresKeyStore keys;

  @BeforeAll
  static void openStore() {
    keys = new PostgresKeyStore(postgres.dataSource());
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
