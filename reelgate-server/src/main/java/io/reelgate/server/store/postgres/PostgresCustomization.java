package io.reelgate.server.store.postgres;

import io.reelgate.server.store.ModelFilter;
import io.reelgate.server.store.jdbc.JdbcCustomization;

/**
 * PostgreSQL orders ties by the identity column {@code seq}, and claims with {@code FOR UPDATE
 * SKIP LOCKED}: instances claiming at once each lock a different row instead of queueing behind
 * the same one.
 */
final class PostgresCustomization extends JdbcCustomization {
  static final PostgresCustomization INSTANCE = new PostgresCustomization();

  private PostgresCustomization() {
    super("PostgreSQL", "seq");
  }

  @Override
  public String selectNextQueued(int maxRunningPerKey, ModelFilter models) {
    return super.selectNextQueued(maxRunningPerKey, models) + " FOR UPDATE OF q SKIP LOCKED";
  }
}
