package io.reelgate.server.store.jdbc;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import io.reelgate.core.task.TaskTransitions;
import io.reelgate.server.store.StoreException;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.WrittenWithTask;
import io.reelgate.server.store.ModelFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Tasks in the {@code tasks} table of a SQL database: the behaviour every backend shares. Each
 * change is one statement, atomic on its own; the compare-and-set of {@link #update} is the {@code
 * version = ?} of its WHERE clause, and a claim moves one QUEUED row to PROCESSING in the same
 * statement that picks it. What differs between databases is a {@link JdbcCustomization}; what a
 * backend adds (being alone on its file, hearing of new tasks) its subclass overrides.
 */
public abstract class JdbcTaskStore implements TaskStore {
  private static final String INSERT =
      "INSERT INTO tasks (" + TaskRows.COLUMNS + ") VALUES (" + TaskRows.PLACEHOLDERS + ")";

  private static final String CLAIM_NEXT =
      """
      UPDATE tasks
         SET status = 'PROCESSING', started_at = ?, attempts = attempts + 1, version = version + 1,
             progress_percent = 0, lease_owner = ?, lease_until = ?
       WHERE id = (%s)
         AND status = 'QUEUED'
      RETURNING %s
      """;

  // Only what a task's life changes is written; who owns it and what it asked for never change.
  // The lease stays only while the task stays PROCESSING (the status is bound twice for that).
  private static final String UPDATE =
      """
      UPDATE tasks
         SET status = ?, progress_percent = ?, failure_kind = ?, failure_field = ?, reason = ?,
             result_key = ?, video_width = ?, video_height = ?, started_at = ?, finished_at = ?, attempts = ?,
             version = version + 1,
             lease_owner = CASE WHEN status = 'PROCESSING' AND ? = 'PROCESSING' THEN lease_owner END,
             lease_until = CASE WHEN status = 'PROCESSING' AND ? = 'PROCESSING' THEN lease_until END
       WHERE id = ? AND version = ?
      RETURNING %s
      """.formatted(TaskRows.COLUMNS);

  private static final String FIND = "SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE id = ?";

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

  private static final String DEPTH =
      "SELECT status, count(*) FROM tasks WHERE status IN ('QUEUED', 'PROCESSING') GROUP BY status";

  private final DataSource dataSource;
  private final JdbcCustomization customization;
  private final TaskRows rows;
  private volatile int maxRunningPerKey;
  /** The claim statement for each model filter in use (a pool keeps its filter for life). */
  private final Map<ModelFilter, String> claimNext = new ConcurrentHashMap<>();
  private final String listByKey;
  private final List<TaskChangeHook> hooks = new CopyOnWriteArrayList<>();

  protected JdbcTaskStore(DataSource dataSource, JdbcCustomization customization) {
    this.dataSource = dataSource;
    this.customization = customization;
    this.rows = new TaskRows(customization);
    this.listByKey =
        "SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE key_id = ? ORDER BY created_at DESC, " + customization.insertionOrder()
            + " DESC LIMIT ? OFFSET ?";
  }

  protected final DataSource dataSource() {
    return dataSource;
  }

  /**
   * At most {@code max} tasks of one key run at once (0: no limit): a claim skips the tasks of a
   * key already running that many. On PostgreSQL instances claiming at the same moment may each
   * see the key one under its limit, so it can briefly run one more per such instance.
   */
  public void limitRunningPerKey(int max) {
    if (max < 0) throw new IllegalArgumentException("the running tasks per key must be 0 (no limit) or more: " + max);
    this.maxRunningPerKey = max;
    claimNext.clear();
  }

  /** How times and duplicate keys are told on this database, for hooks that write beside the tasks. */
  public JdbcCustomization customization() {
    return customization;
  }

  /** Runs {@code hook} inside the transaction of every insert, claim and compare-and-set. */
  public void addHook(TaskChangeHook hook) {
    hooks.add(hook);
  }

  @Override
  public void insert(Task task, WrittenWithTask alongside) {
    try (Connection connection = dataSource.getConnection()) {
      inTransaction(connection, alongside != WrittenWithTask.NOTHING, () -> {
        insertRow(connection, task);
        alongside.write(connection, task);
        for (TaskChangeHook hook : hooks) hook.inserted(connection, task);
        return null;
      });
    } catch (SQLException e) {
      if (customization.isDuplicateKey(e)) {
        throw new IllegalStateException("task already exists: " + task.id(), e);
      }
      throw failure("insert task " + task.id(), e);
    }
  }

  private void insertRow(Connection connection, Task task) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      rows.bindInsert(insert, task);
      insert.executeUpdate();
    }
  }

  @Override
  public Optional<Task> find(String id) {
    return one("find task " + id, FIND, s -> s.setString(1, id));
  }

  @Override
  public List<Task> listByKey(String keyId, int limit, int offset) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(listByKey)) {
      select.setString(1, keyId);
      select.setInt(2, limit);
      select.setInt(3, offset);
      List<Task> tasks = new ArrayList<>();
      try (ResultSet found = select.executeQuery()) {
        while (found.next()) tasks.add(rows.read(found));
      }
      return List.copyOf(tasks);
    } catch (SQLException e) {
      throw failure("list the tasks of key " + keyId, e);
    }
  }

  @Override
  public Optional<Task> claimNext(String workerId, Instant now, Duration lease, ModelFilter models) {
    String sql = claimNext.computeIfAbsent(models,
        m -> CLAIM_NEXT.formatted(customization.selectNextQueued(maxRunningPerKey, m), TaskRows.COLUMNS));
    return one(
        "claim a task for " + workerId,
        sql,
        s -> {
          customization.setInstant(s, 1, now);
          s.setString(2, workerId);
          customization.setInstant(s, 3, now.plus(lease));
        },
        (connection, claimed) -> {
          for (TaskChangeHook hook : hooks) hook.claimed(connection, claimed);
        });
  }

  @Override
  public Optional<Task> update(Task expected, Task next) {
    if (!expected.id().equals(next.id())) {
      throw new IllegalArgumentException("task " + expected.id() + " cannot become task " + next.id());
    }
    if (expected.state().status() != next.state().status()) {
      TaskTransitions.check(expected.id(), expected.state().status(), next.state().status());
    }
    return one(
        "update task " + expected.id(),
        UPDATE,
        s -> {
          int i = rows.bindState(s, 0, next.state());
          s.setString(++i, next.state().status().name());
          s.setString(++i, next.state().status().name());
          s.setString(++i, expected.id());
          s.setLong(++i, expected.version());
        },
        (connection, written) -> {
          for (TaskChangeHook hook : hooks) hook.changed(connection, expected, written);
        });
  }

  @Override
  public boolean renewLease(String taskId, String workerId, Instant until) {
    return execute("renew the lease of task " + taskId, RENEW_LEASE, s -> {
          customization.setInstant(s, 1, until);
          s.setString(2, taskId);
          s.setString(3, workerId);
        }) == 1;
  }

  @Override
  public int requeueExpired(Instant now, ModelFilter models) {
    String sql = REQUEUE_EXPIRED.strip() + models.sqlCondition("model");
    return execute("requeue expired tasks", sql, s -> customization.setInstant(s, 1, now));
  }

  @Override
  public Depth depth() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(DEPTH);
        ResultSet counts = select.executeQuery()) {
      int queued = 0;
      int processing = 0;
      while (counts.next()) {
        if (TaskStatus.valueOf(counts.getString(1)) == TaskStatus.QUEUED) queued = counts.getInt(2);
        else processing = counts.getInt(2);
      }
      return new Depth(queued, processing);
    } catch (SQLException e) {
      throw failure("count queued tasks", e);
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** What the hooks do with the row a statement wrote, in the statement's transaction. */
  @FunctionalInterface
  private interface AfterWrite {
    void run(Connection connection, Task written) throws SQLException;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private Optional<Task> one(String what, String sql, Binder binder) {
    return one(what, sql, binder, null);
  }

  private Optional<Task> one(String what, String sql, Binder binder, AfterWrite afterWrite) {
    try (Connection connection = dataSource.getConnection()) {
      Work<Optional<Task>> work = () -> {
        Optional<Task> written;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          binder.bind(statement);
          try (ResultSet found = statement.executeQuery()) {
            written = found.next() ? Optional.of(rows.read(found)) : Optional.empty();
          }
        }
        if (written.isPresent() && afterWrite != null) afterWrite.run(connection, written.get());
        return written;
      };
      // A read is one statement: a transaction around it would only take SQLite's write lock
      // (transactions begin IMMEDIATE) and make every poll wait for every other.
      return afterWrite == null ? work.run() : inTransaction(connection, work);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs {@code work} in one transaction when hooks may add writes to it; with no hook the single
   * statement commits on its own, as before.
   */
  private <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    return inTransaction(connection, false, work);
  }

  /** Runs {@code work} in one transaction when hooks or {@code always} ask for one. */
  private <T> T inTransaction(Connection connection, boolean always, Work<T> work) throws SQLException {
    if (hooks.isEmpty() && !always) return work.run();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
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
