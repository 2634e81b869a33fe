package io.reelgate.server.store.postgres;

import io.reelgate.server.store.jdbc.JdbcTaskStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks in a PostgreSQL database that several instances share. Claims take the oldest queued row
 * that no other transaction has locked ({@code FOR UPDATE SKIP LOCKED}); a task whose lease ran
 * out, because its instance died, is handed back by whichever instance checks first. A trigger
 * sends {@code NOTIFY reelgate_tasks} whenever a task is queued, and {@link #onTaskQueued} listens
 * for it, so a task submitted to one instance starts at once on any idle one.
 */
public final class PostgresTaskStore extends JdbcTaskStore {
  private static final Logger log = LoggerFactory.getLogger(PostgresTaskStore.class);
  static final String CHANNEL = "reelgate_tasks";
  /** How long one wait for notifications lasts: the longest a closed listener takes to stop. */
  private static final Duration LISTEN_WAIT = Duration.ofMillis(500);
  /** Before listening again when the connection broke; workers still poll meanwhile. */
  private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

  /** A store with no hooks and no limit, for tools and tests of the store alone. */
  public PostgresTaskStore(DataSource dataSource) {
    this(dataSource, Jdbis.create(dataSource), TaskStoreRules.NONE);
  }

  public PostgresTaskStore(DataSource dataSource, Jdbi jdbi, TaskStoreRules rules) {
    super(dataSource, jdbi, PostgresCustomization.INSTANCE, rules);
  }

  /**
   * Listens on a connection of its own (held from the pool for as long as the subscription lasts)
   * in a daemon thread, and calls {@code wake} for every batch of notifications, and once each time
   * it starts listening, for tasks queued while it was not.
   */
  @Override
  public Subscription onTaskQueued(Runnable wake) {
    Listener listener = new Listener(wake);
    Thread thread = new Thread(listener, "reelgate-listen-" + CHANNEL);
    thread.setDaemon(true);
    thread.start();
    return () -> {
      listener.stopped = true;
      try {
        thread.join(LISTEN_WAIT.multipliedBy(4).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private final class Listener implements Runnable {
    private final Runnable wake;
    private volatile boolean stopped;

    Listener(Runnable wake) {
      this.wake = wake;
    }

    @Override
    public void run() {
      while (!stopped) {
        try (Connection connection = dataSource().getConnection()) {
          try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
          }
          PGConnection postgres = connection.unwrap(PGConnection.class);
          wake.run();
          while (!stopped) {
            PGNotification[] received = postgres.getNotifications((int) LISTEN_WAIT.toMillis());
            if (received != null && received.length > 0) wake.run();
          }
          try (Statement unlisten = connection.createStatement()) {
            unlisten.execute("UNLISTEN " + CHANNEL);
          }
        } catch (SQLException | RuntimeException e) {
          if (stopped) return;
          log.warn("not hearing of new tasks ({}); workers poll meanwhile, listening again in {} s",
              e.getMessage(), RECONNECT_AFTER.toSeconds());
          try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
          } catch (InterruptedException interrupted) {
            return;
          }
        }
      }
    }
  }
}
