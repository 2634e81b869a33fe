package io.reelgate.server.webhook;

import io.reelgate.server.store.StoreException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The webhook tables through the database's Jdbi, for work on a connection of its own: a failure
 * of the database becomes a {@link StoreException} that says what was being done. Work inside a
 * task's transaction goes through a {@link io.reelgate.server.store.jdbc.JoinedTransaction}
 * instead ({@link WebhookTargets}, {@link WebhookOutbox}).
 */
final class WebhookDb {
  private final Jdbi jdbi;

  WebhookDb(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Runs {@code work} on a connection of its own, each statement committing on its own. */
  <T> T withHandle(String what, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      throw new StoreException("cannot " + what, e);
    }
  }

  /** Runs {@code work} in one transaction: all of it is written, or none. */
  void useTransaction(String what, HandleConsumer<RuntimeException> work) {
    try {
      jdbi.useTransaction(work);
    } catch (JdbiException e) {
      throw new StoreException("cannot " + what, e);
    }
  }
}
