package io.reelgate.server.store.postgres;

import io.reelgate.server.store.Settings;
import io.reelgate.server.store.SettingsContract;
import io.reelgate.server.store.jdbc.JdbcSettings;
import io.reelgate.server.store.jdbc.Jdbis;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSettingsTest extends SettingsContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();

  @Override
  protected Settings settings() {
    return new JdbcSettings(Jdbis.create(postgres.dataSource()));
  }
}
