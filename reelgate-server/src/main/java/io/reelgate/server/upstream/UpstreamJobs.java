package io.reelgate.server.upstream;

import io.reelgate.server.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

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
      VALUES (:taskId, :route, NULL, 'SUBMITTING', :attempt, :now, :now)
      ON CONFLICT (task_id) DO UPDATE
         SET route = excluded.route, state = 'SUBMITTING', submitted_at = excluded.submitted_at,
             updated_at = excluded.updated_at
       WHERE upstream_jobs.upstream_id IS NULL AND upstream_jobs.attempt = excluded.attempt
      """;
  private static final String ACCEPTED =
      "UPDATE upstream_jobs SET upstream_id = :upstreamId, state = 'ACCEPTED', accepted_at = :now, updated_at = :now"
          + " WHERE task_id = :taskId AND upstream_id IS NULL AND attempt = :attempt";
  private static final String TAKE_OVER = "UPDATE upstream_jobs SET attempt = :attempt, updated_at = :now"
      + " WHERE task_id = :taskId AND upstream_id IS NULL AND attempt <= :attempt";
  private static final String STATE = "UPDATE upstream_jobs SET state = :state, updated_at = :now WHERE task_id = :taskId";
  private static final String NOT_SENT =
      "DELETE FROM upstream_jobs WHERE task_id = :taskId AND upstream_id IS NULL AND attempt = :attempt";
  private static final String FIND = "SELECT * FROM upstream_jobs WHERE task_id = :taskId";
  private static final String COUNT = "SELECT count(*) FROM upstream_jobs WHERE state = :state";

  private final Jdbi jdbi;

  public UpstreamJobs(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  Optional<UpstreamJob> find(String taskId) {
    return inDatabase("read the upstream job of task " + taskId,
        handle -> handle.createQuery(FIND).bind("taskId", taskId).map(UpstreamJobs::job).findOne());
  }

  /**
   * Records that {@code attempt} (the claim's {@link io.reelgate.core.task.TaskState#attempts()}) is
   * about to send the task's create to {@code route}.
   *
   * @throws IllegalStateException when the task already has an upstream id, or another claim of it
   *     is sending it
   */
  void submitting(String taskId, String route, int attempt, Instant now) {
    int written = inDatabase("record the create of task " + taskId, handle -> handle.createUpdate(SUBMITTING)
        .bind("taskId", taskId).bind("route", route).bind("attempt", attempt).bind("now", now.toEpochMilli()).execute());
    if (written == 0) {
      throw new IllegalStateException("task " + taskId + " already has an upstream task, or another claim is sending it;"
          + " it is not sent twice");
    }
  }

  /**
   * Makes a create that an earlier attempt sent, and whose answer was lost, this attempt's to
   * send again; false when a later claim took it already.
   */
  boolean takeOver(String taskId, int attempt, Instant now) {
    return inDatabase("take over the create of task " + taskId, handle -> handle.createUpdate(TAKE_OVER)
        .bind("taskId", taskId).bind("attempt", attempt).bind("now", now.toEpochMilli()).execute()) == 1;
  }

  /** Stores the upstream's id of the task: from here on it is polled, never submitted again. */
  void accepted(String taskId, String upstreamId, int attempt, Instant now) {
    int written = inDatabase("store the upstream id of task " + taskId, handle -> handle.createUpdate(ACCEPTED)
        .bind("taskId", taskId).bind("upstreamId", upstreamId).bind("attempt", attempt).bind("now", now.toEpochMilli())
        .execute());
    if (written == 0) throw new IllegalStateException("task " + taskId + " was not being submitted by attempt " + attempt);
  }

  /** The create of {@code attempt} surely did not reach any upstream: forgets the row, so that the task may be sent again. */
  void notSent(String taskId, int attempt) {
    inDatabase("forget the unsent create of task " + taskId,
        handle -> handle.createUpdate(NOT_SENT).bind("taskId", taskId).bind("attempt", attempt).execute());
  }

  void reconciling(String taskId, Instant now) {
    setState(taskId, UpstreamJob.State.RECONCILING, now);
  }

  void ended(String taskId, Instant now) {
    setState(taskId, UpstreamJob.State.ENDED, now);
  }

  /** How many tasks are past their poll deadline and still waiting for their upstream. */
  public int countReconciling() {
    return inDatabase("count the reconciling tasks", handle -> handle.createQuery(COUNT)
        .bind("state", UpstreamJob.State.RECONCILING.name()).mapTo(Integer.class).one());
  }

  private void setState(String taskId, UpstreamJob.State state, Instant now) {
    inDatabase("mark task " + taskId + " " + state, handle -> handle.createUpdate(STATE)
        .bind("taskId", taskId).bind("state", state.name()).bind("now", now.toEpochMilli()).execute());
  }

  /** Runs {@code work} on a connection of its own, which commits it; a database failure says what was being done. */
  private <T> T inDatabase(String what, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      throw new StoreException("cannot " + what, e);
    }
  }

  private static UpstreamJob job(ResultSet row, StatementContext context) throws SQLException {
    return new UpstreamJob(row.getString("task_id"), row.getString("route"), row.getString("upstream_id"),
        UpstreamJob.State.valueOf(row.getString("state")), Instant.ofEpochMilli(row.getLong("submitted_at")),
        instant(row, "accepted_at"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
