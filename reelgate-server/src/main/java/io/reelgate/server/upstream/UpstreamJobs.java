package io.reelgate.server.upstream;

import io.reelgate.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code upstream_jobs} table, one row per task sent upstream. Each write commits on its own
 * before the caller goes on: the row says SUBMITTING before a create is sent and holds the
 * upstream's id the moment its answer arrives, so a crash at any point leaves either a task that
 * was surely not accepted, one whose create may have been (SUBMITTING), or the id to poll. Plain
 * SQL that SQLite and PostgreSQL both run; times are epoch milliseconds.
 */
public final class UpstreamJobs {
  // A row that already holds an upstream id is never overwritten: that task is never sent twice.
  // Nor is a row another claim of the task wrote: only one claim sends it.
  private static final String SUBMITTING =
      """
      INSERT INTO upstream_jobs (task_id, route, upstream_id, state, attempt, submitted_at, updated_at)
      VALUES (?, ?, NULL, 'SUBMITTING', ?, ?, ?)
      ON CONFLICT (task_id) DO UPDATE
         SET route = excluded.route, state = 'SUBMITTING', submitted_at = excluded.submitted_at,
             updated_at = excluded.updated_at
       WHERE upstream_jobs.upstream_id IS NULL AND upstream_jobs.attempt = excluded.attempt
      """;
  private static final String ACCEPTED =
      "UPDATE upstream_jobs SET upstream_id = ?, state = 'ACCEPTED', accepted_at = ?, updated_at = ?"
          + " WHERE task_id = ? AND upstream_id IS NULL AND attempt = ?";
  private static final String TAKE_OVER =
      "UPDATE upstream_jobs SET attempt = ?, updated_at = ? WHERE task_id = ? AND upstream_id IS NULL AND attempt <= ?";
  private static final String STATE = "UPDATE upstream_jobs SET state = ?, updated_at = ? WHERE task_id = ?";
  private static final String NOT_SENT =
      "DELETE FROM upstream_jobs WHERE task_id = ? AND upstream_id IS NULL AND attempt = ?";
  private static final String FIND = "SELECT * FROM upstream_jobs WHERE task_id = ?";
  private static final String COUNT = "SELECT count(*) FROM upstream_jobs WHERE state = ?";

  private final DataSource dataSource;

  public UpstreamJobs(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Optional<UpstreamJob> find(String taskId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FIND)) {
      s.setString(1, taskId);
      try (ResultSet row = s.executeQuery()) {
        if (!row.next()) return Optional.empty();
        return Optional.of(new UpstreamJob(row.getString("task_id"), row.getString("route"), row.getString("upstream_id"),
            UpstreamJob.State.valueOf(row.getString("state")), Instant.ofEpochMilli(row.getLong("submitted_at")),
            instant(row, "accepted_at")));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the upstream job of task " + taskId, e);
    }
  }

  /**
   * Records that {@code attempt} (the claim's {@link io.reelgate.core.task.Task#attempts()}) is
   * about to send the task's create to {@code route}.
   *
   * @throws IllegalStateException when the task already has an upstream id, or another claim of it
   *     is sending it
   */
  public void submitting(String taskId, String route, int attempt, Instant now) {
    int written = execute("record the create of task " + taskId, SUBMITTING, s -> {
      s.setString(1, taskId);
      s.setString(2, route);
      s.setInt(3, attempt);
      s.setLong(4, now.toEpochMilli());
      s.setLong(5, now.toEpochMilli());
    });
    if (written == 0) {
      throw new IllegalStateException("task " + taskId + " already has an upstream task, or another claim is sending it;"
          + " it is not sent twice");
    }
  }

  /**
   * Makes a create that an earlier attempt sent, and whose answer was lost, this attempt's to
   * send again; false when a later claim took it already.
   */
  public boolean takeOver(String taskId, int attempt, Instant now) {
    return execute("take over the create of task " + taskId, TAKE_OVER, s -> {
      s.setInt(1, attempt);
      s.setLong(2, now.toEpochMilli());
      s.setString(3, taskId);
      s.setInt(4, attempt);
    }) == 1;
  }

  /** Stores the upstream's id of the task: from here on it is polled, never submitted again. */
  public void accepted(String taskId, String upstreamId, int attempt, Instant now) {
    int written = execute("store the upstream id of task " + taskId, ACCEPTED, s -> {
      s.setString(1, upstreamId);
      s.setLong(2, now.toEpochMilli());
      s.setLong(3, now.toEpochMilli());
      s.setString(4, taskId);
      s.setInt(5, attempt);
    });
    if (written == 0) throw new IllegalStateException("task " + taskId + " was not being submitted by attempt " + attempt);
  }

  /** The create of {@code attempt} surely did not reach any upstream: forgets the row, so that the task may be sent again. */
  public void notSent(String taskId, int attempt) {
    execute("forget the unsent create of task " + taskId, NOT_SENT, s -> {
      s.setString(1, taskId);
      s.setInt(2, attempt);
    });
  }

  public void reconciling(String taskId, Instant now) {
    setState(taskId, UpstreamJob.State.RECONCILING, now);
  }

  public void ended(String taskId, Instant now) {
    setState(taskId, UpstreamJob.State.ENDED, now);
  }

  /** How many tasks are past their poll deadline and still waiting for their upstream. */
  public int countReconciling() {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(COUNT)) {
      s.setString(1, UpstreamJob.State.RECONCILING.name());
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the reconciling tasks", e);
    }
  }

  private void setState(String taskId, UpstreamJob.State state, Instant now) {
    execute("mark task " + taskId + " " + state, STATE, s -> {
      s.setString(1, state.name());
      s.setLong(2, now.toEpochMilli());
      s.setString(3, taskId);
    });
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private int execute(String what, String sql, Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot " + what, e);
    }
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
