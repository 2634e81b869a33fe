package io.reelgate.server.store.jdbc;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.TaskTransitions;
import io.reelgate.server.store.ModelFilter;
import io.reelgate.server.store.QueueTime;
import io.reelgate.server.store.StoreException;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.store.WrittenWithTask;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Tasks in the {@code tasks} table of a SQL database: the behaviour every backend shares, through
 * one Jdbi. Each change is one statement ({@link TaskSql}), atomic on its own; the compare-and-set
 * of {@link #update} is the {@code version = :expectedVersion} of its WHERE clause, and a claim
 * moves one QUEUED row to PROCESSING in the same statement that picks it. What differs between
 * databases is a {@link JdbcCustomization}; what a backend adds (being alone on its file, hearing
 * of new tasks) its subclass overrides.
 */
public abstract class JdbcTaskStore implements TaskStore {
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final JdbcCustomization customization;
  private final int maxRunningPerKey;
  /** The claim statement for each model filter in use (a pool keeps its filter for life). */
  private final Map<ModelFilter, String> claimNext = new ConcurrentHashMap<>();
  private final String listByKey;
  private final List<TaskChangeHook> hooks;
  private final QueueTime queueTime;

  /**
   * On {@code dataSource} through the database's {@code jdbi}; {@code rules} say what runs beside
   * each change and how many tasks of a key run at once. On PostgreSQL, instances claiming at the
   * same moment may each see a key one under its limit, so it can briefly run one more per such
   * instance.
   */
  protected JdbcTaskStore(DataSource dataSource, Jdbi jdbi, JdbcCustomization customization, TaskStoreRules rules) {
    this.dataSource = dataSource;
    this.jdbi = jdbi;
    this.customization = customization;
    this.hooks = rules.hooks();
    this.maxRunningPerKey = rules.maxRunningPerKey();
    this.queueTime = rules.queueTime();
    this.listByKey = TaskSql.listByKey(customization);
  }

  protected final DataSource dataSource() {
    return dataSource;
  }

  /** What differs on this database (how duplicate keys are told, for one), for hooks that write beside the tasks. */
  public JdbcCustomization customization() {
    return customization;
  }

  @Override
  public void insert(Task task, WrittenWithTask alongside) {
    try {
      attempt(!hooks.isEmpty() || alongside != WrittenWithTask.NOTHING, handle -> {
        TaskRows.bindInsert(handle.createUpdate(TaskSql.INSERT), task, queueTime.of(task)).execute();
        Connection connection = handle.getConnection();
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

  @Override
  public Optional<Task> find(String id) {
    return alone("find task " + id,
        handle -> handle.createQuery(TaskSql.FIND).bind("id", id).map(TaskRows.MAPPER).findFirst());
  }

  @Override
  public List<Task> listByKey(String keyId, int limit, int offset) {
    return alone("list the tasks of key " + keyId,
        handle -> List.copyOf(handle.createQuery(listByKey)
            .bind("key", keyId)
            .bind("limit", limit)
            .bind("offset", offset)
            .map(TaskRows.MAPPER)
            .list()));
  }

  @Override
  public Optional<Task> claimNext(String workerId, Instant now, Duration lease, ModelFilter models) {
    String sql = claimNext.computeIfAbsent(models, m -> TaskSql.claimNext(customization, maxRunningPerKey, m));
    return change("claim a task for " + workerId, handle -> {
      Optional<Task> claimed = ModelCondition.bind(handle.createQuery(sql), models)
          .bind("now", now)
          .bind("worker", workerId)
          .bind("until", now.plus(lease))
          .map(TaskRows.MAPPER)
          .findFirst();
      if (claimed.isPresent()) {
        for (TaskChangeHook hook : hooks) hook.claimed(handle.getConnection(), claimed.get());
      }
      return claimed;
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
    return change("update task " + expected.id(), handle -> {
      Optional<Task> written = TaskRows.bindState(handle.createQuery(TaskSql.UPDATE), next.state())
          .bind("id", expected.id())
          .bind("expectedVersion", expected.version())
          .map(TaskRows.MAPPER)
          .findFirst();
      if (written.isPresent()) {
        for (TaskChangeHook hook : hooks) hook.changed(handle.getConnection(), expected, written.get());
      }
      return written;
    });
  }

  @Override
  public boolean delete(Task expected) {
    return alone("delete task " + expected.id(),
        handle -> handle.createUpdate(TaskSql.DELETE)
            .bind("id", expected.id())
            .bind("expectedVersion", expected.version())
            .execute()) == 1;
  }

  @Override
  public boolean renewLease(String taskId, String workerId, Instant until) {
    return alone("renew the lease of task " + taskId,
        handle -> handle.createUpdate(TaskSql.RENEW_LEASE)
            .bind("until", until)
            .bind("id", taskId)
            .bind("worker", workerId)
            .execute()) == 1;
  }

  @Override
  public int requeueExpired(Instant now, ModelFilter models) {
    return alone("requeue expired tasks",
        handle -> ModelCondition.bind(handle.createUpdate(TaskSql.requeueExpired(models)), models)
            .bind("now", now)
            .execute());
  }

  @Override
  public Depth depth() {
    return alone("count queued tasks",
        handle -> handle.createQuery(TaskSql.DEPTH)
            .reduceResultSet(new Depth(0, 0), (depth, row, context) ->
                Status.valueOf(row.getString(1)) == Status.QUEUED
                    ? new Depth(row.getInt(2), depth.processing())
                    : new Depth(depth.queued(), row.getInt(2))));
  }

  @Override
  public int queuedBefore(Task task) {
    return alone("count the tasks queued before one",
        handle -> handle.createQuery(TaskSql.QUEUED_BEFORE).bindByType("createdAt", task.createdAt(), Instant.class)
            .mapTo(Integer.class).one());
  }

  /**
   * One statement on a connection of its own, outside any transaction: a read, or a write that no
   * hook follows. A transaction around a read would only take SQLite's write lock (transactions
   * begin IMMEDIATE) and make every poll wait for every other.
   */
  private <T> T alone(String what, HandleCallback<T, SQLException> statement) {
    return run(what, false, statement);
  }

  /**
   * A statement the hooks follow, in one transaction with what they write; with no hook the single
   * statement commits on its own.
   */
  private <T> T change(String what, HandleCallback<T, SQLException> statementAndHooks) {
    return run(what, !hooks.isEmpty(), statementAndHooks);
  }

  private <T> T run(String what, boolean inTransaction, HandleCallback<T, SQLException> work) {
    try {
      return attempt(inTransaction, work);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs {@code work} on a handle of the store's Jdbi, in a transaction when asked (an exception
   * rolls it back). A failing statement throws its {@link SQLException}, as a failing hook does, so
   * that both are told the same way.
   */
  private <T> T attempt(boolean inTransaction, HandleCallback<T, SQLException> work) throws SQLException {
    try {
      return inTransaction ? jdbi.inTransaction(work) : jdbi.withHandle(work);
    } catch (JdbiException e) {
      if (e.getCause() instanceof SQLException sql) throw sql;
      throw e;
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}
