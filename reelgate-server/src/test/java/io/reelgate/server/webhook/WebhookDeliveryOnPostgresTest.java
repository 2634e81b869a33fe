package io.reelgate.server.webhook;

import io.reelgate.server.store.postgres.PostgresFixture;

/** The outbox and the deliverer on PostgreSQL: the same SQL, through Jdbi, as on SQLite. */
class WebhookDeliveryOnPostgresTest extends WebhookDeliveryTest {
  @Override
  String newDatabase() {
    return PostgresFixture.newDatabase();
  }
}
