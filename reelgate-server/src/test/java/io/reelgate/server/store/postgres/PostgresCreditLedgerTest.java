package io.reelgate.server.store.postgres;

import io.reelgate.server.billing.CreditLedgerContract;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.Jdbis;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCreditLedgerTest extends CreditLedgerContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static PostgresTaskStore store;

  @BeforeAll
  static void openStore() {
    store = new PostgresTaskStore(postgres.dataSource());
  }

  @Override
  protected JdbcTaskStore store() {
    return store;
  }

  @Override
  protected KeyStore keys() {
    return new JdbcKeyStore(Jdbis.create(postgres.dataSource()));
  }

  @Override
  protected DataSource dataSource() {
    return postgres.dataSource();
  }
}
