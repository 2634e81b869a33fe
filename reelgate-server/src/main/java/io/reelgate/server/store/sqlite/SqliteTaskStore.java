package io.reelgate.server.store.sqlite;

import static io.reelgate.server.store.sqlite.TaskRows.millis;
import static io.reelgate.server.store.sqlite.TaskRows.setInteger;
import static io.reelgate.server.store.sqlite.TaskRows.setLong;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import io.reelgate.core.task.TaskTransitions;
import io.reelgate.server.store.StoreException;
import io.reelgate.server.store.TaskStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.sqlite.SQLiteErrorCode;

/**
 * Tasks in the SQLite file of the data folder. Each change is one statement, so it is atomic on
 * its own and, SQLite having a single writer, never interleaves with another; the compare-and-set
 * is the {@code version = ?} of its WHERE clause.
 */
public final class SqliteTaskStore implements TaskStore {
  private static final String INSERT =
      """
      INSERT INTO tasks (id, key_id, dialect, model, mode, prompt, expanded_prompt, duration_seconds,
          resolution, prompt_expansion, fast_pretreatment, first_frame_key, last_frame_key, status,
          progress_percent, reason, result_key, video_width, video_height, created_at, started_at,
          finished_at, attempts, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String CLAIM_NEXT =
      """
      UPDATE tasks
         SET status = 'PROCESSING', started_at = ?, attempts = attempts + 1, version = version + 1,
             progress_percent = 0, lease_owner = ?, lease_until = ?
       WHERE id = (SELECT id FROM tasks WHERE status = 'QUEUED' ORDER BY created_at, rowid LIMIT 1)
         AND status = 'QUEUED'
      RETURNING *
      """;

  // Only what a task's life changes is written; who owns it and what it asked for never change.
  private static final String UPDATE =
      """
      UPDATE tasks
         SET expanded_prompt = ?, status = ?, progress_percent = ?, reason = ?, result_key = ?,
             video_width = ?, video_height = ?, started_at = ?, finished_at = ?, attempts = ?,
             version = version + 1,
             lease_owner = CASE WHEN status = 'PROCESSING' AND ?2 = 'PROCESSING' THEN lease_owner END,
             lease_until = CASE WHEN status = 'PROCESSING' AND ?2 = 'PROCESSING' THEN lease_until END
       WHERE id = ? AND version = ?
      RETURNING *
      """;

  private static final String RENEW_LEASE =
      "UPDATE tasks SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'PROCESSING'";

  // Back to the queue from the start: a restart is never the task's fault, so it is not failed.
  private static final String REQUEUE_EXPIRED =
      """
      UPDATE tasks
         SET status = 'QUEUED', progress_percent = 0, version = version + 1,
             lease_owner = NULL, lease_until = NULL
       WHERE status = 'PROCESSING' AND (lease_until IS NULL OR lease_until < ?)
      """;

  private final DataSource dataSource;

  public SqliteTaskStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void insert(Task task) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int i = 0;
      insert.setString(++i, task.id());
      insert.setString(++i, task.keyId());
      insert.setString(++i, task.dialect());
      insert.setString(++i, task.model());
      insert.setString(++i, task.mode().name());
      insert.setString(++i, task.prompt());
      insert.setString(++i, task.expandedPrompt());
      insert.setInt(++i, task.durationSeconds());
      insert.setString(++i, task.resolution().name());
      insert.setInt(++i, task.promptExpansion() ? 1 : 0);
      insert.setInt(++i, task.fastPretreatment() ? 1 : 0);
      insert.setString(++i, task.firstFrameKey());
      insert.setString(++i, task.lastFrameKey());
      insert.setString(++i, task.status().name());
      insert.setInt(++i, task.progressPercent());
      insert.setString(++i, task.reason());
      insert.setString(++i, task.resultKey());
      setInteger(insert, ++i, task.videoWidth());
      setInteger(insert, ++i, task.videoHeight());
      setLong(insert, ++i, millis(task.createdAt()));
      setLong(insert, ++i, millis(task.startedAt()));
      setLong(insert, ++i, millis(task.finishedAt()));
      insert.setInt(++i, task.attempts());
      insert.setLong(++i, task.version());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (e.getErrorCode() == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
        throw new IllegalStateException("task already exists: " + task.id(), e);
      }
      throw failure("insert task " + task.id(), e);
    }
  }

  @Override
  public Optional<Task> find(String id) {
    return one("find task " + id, "SELECT * FROM tasks WHERE id = ?", s -> s.setString(1, id));
  }

  @Override
  public List<Task> listByKey(String keyId, int limit, int offset) {
    String sql = "SELECT * FROM tasks WHERE key_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, keyId);
      select.setInt(2, limit);
      select.setInt(3, offset);
      List<Task> tasks = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) tasks.add(TaskRows.read(rows));
      }
      return List.copyOf(tasks);
    } catch (SQLException e) {
      throw failure("list the tasks of key " + keyId, e);
    }
  }

  @Override
  public Optional<Task> claimNext(String workerId, Instant now, Duration lease) {
    return one(
        "claim a task for " + workerId,
        CLAIM_NEXT,
        s -> {
          s.setLong(1, now.toEpochMilli());
          s.setString(2, workerId);
          s.setLong(3, now.plus(lease).toEpochMilli());
        });
  }

  @Override
  public Optional<Task> update(Task expected, Task next) {
    if (!expected.id().equals(next.id())) {
      throw new IllegalArgumentException("task " + expected.id() + " cannot become task " + next.id());
    }
    if (expected.status() != next.status()) {
      TaskTransitions.check(expected.id(), expected.status(), next.status());
    }
    return one(
        "update task " + expected.id(),
        UPDATE,
        s -> {
          s.setString(1, next.expandedPrompt());
          s.setString(2, next.status().name());
          s.setInt(3, next.progressPercent());
          s.setString(4, next.reason());
          s.setString(5, next.resultKey());
          setInteger(s, 6, next.videoWidth());
          setInteger(s, 7, next.videoHeight());
          setLong(s, 8, millis(next.startedAt()));
          setLong(s, 9, millis(next.finishedAt()));
          s.setInt(10, next.attempts());
          s.setString(11, expected.id());
          s.setLong(12, expected.version());
        });
  }

  @Override
  public boolean renewLease(String taskId, String workerId, Instant until) {
    return execute("renew the lease of task " + taskId, RENEW_LEASE, s -> {
          s.setLong(1, until.toEpochMilli());
          s.setString(2, taskId);
          s.setString(3, workerId);
        }) == 1;
  }

  @Override
  public int requeueExpired(Instant now) {
    return execute("requeue expired tasks", REQUEUE_EXPIRED, s -> s.setLong(1, now.toEpochMilli()));
  }

  @Override
  public Depth depth() {
    String sql = "SELECT status, count(*) FROM tasks WHERE status IN ('QUEUED', 'PROCESSING') GROUP BY status";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      int queued = 0;
      int processing = 0;
      while (rows.next()) {
        if (TaskStatus.valueOf(rows.getString(1)) == TaskStatus.QUEUED) queued = rows.getInt(2);
        else processing = rows.getInt(2);
      }
      return new Depth(queued, processing);
    } catch (SQLException e) {
      throw failure("count queued tasks", e);
    }
  }

  /** The embedded file serves one server process; the server locks its data folder to be sure. */
  @Override
  public boolean exclusiveToOneProcess() {
    return true;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private Optional<Task> one(String what, String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(TaskRows.read(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private int execute(String what, String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}
