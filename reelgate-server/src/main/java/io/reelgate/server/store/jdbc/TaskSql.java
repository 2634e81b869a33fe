package io.reelgate.server.store.jdbc;

import io.reelgate.server.store.ModelFilter;

/**
 * The statements of {@link JdbcTaskStore}, the same on every database but for what its {@link
 * JdbcCustomization} says. Each is one statement, atomic on its own. Every statement that returns
 * tasks names {@link TaskRows#COLUMNS}, which {@link TaskRows#MAPPER} reads by position.
 */
final class TaskSql {
  private TaskSql() {}

  // run_after is no part of the task: it follows from its pace (TaskStoreRules.queueTime), and only the claim reads it.
  static final String INSERT =
      "INSERT INTO tasks (" + TaskRows.COLUMNS + ", run_after) VALUES (" + TaskRows.PARAMETERS + ", :runAfter)";

  static final String FIND = "SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE id = :id";

  // Only what a task's life changes is written; who owns it and what it asked for never change.
  // The lease stays only while the task stays PROCESSING.
  static final String UPDATE =
      """
      UPDATE tasks
         SET status = :status, progress_percent = :progressPercent, failure_kind = :failureKind,
             failure_field = :failureField, reason = :reason, result_key = :resultKey, video_width = :videoWidth,
             video_height = :videoHeight, started_at = :startedAt, finished_at = :finishedAt, attempts = :attempts,
             version = version + 1,
             lease_owner = CASE WHEN status = 'PROCESSING' AND :status = 'PROCESSING' THEN lease_owner END,
             lease_until = CASE WHEN status = 'PROCESSING' AND :status = 'PROCESSING' THEN lease_until END
       WHERE id = :id AND version = :expectedVersion
      RETURNING %s
      """.formatted(TaskRows.COLUMNS);

  static final String DELETE = "DELETE FROM tasks WHERE id = :id AND version = :expectedVersion";

  static final String RENEW_LEASE =
      "UPDATE tasks SET lease_until = :until WHERE id = :id AND lease_owner = :worker AND status = 'PROCESSING'";

  static final String DEPTH =
      "SELECT status, count(*) FROM tasks WHERE status IN ('QUEUED', 'PROCESSING') GROUP BY status";

  static final String QUEUED_BEFORE =
      "SELECT count(*) FROM tasks WHERE status = 'QUEUED' AND created_at < :createdAt";

  // Back to the queue from the start: a restart is never the task's fault, so it is not failed.
  private static final String REQUEUE_EXPIRED =
      """
      UPDATE tasks
         SET status = 'QUEUED', progress_percent = 0, version = version + 1,
             lease_owner = NULL, lease_until = NULL
       WHERE status = 'PROCESSING' AND (lease_until IS NULL OR lease_until < :now)
      """.strip();

  // Picks the next task and moves it to PROCESSING in the same statement.
  private static final String CLAIM_NEXT =
      """
      UPDATE tasks
         SET status = 'PROCESSING', started_at = :now, attempts = attempts + 1, version = version + 1,
             progress_percent = 0, lease_owner = :worker, lease_until = :until
       WHERE id = (%s)
         AND status = 'QUEUED'
      RETURNING %s
      """;

  /** Claims the next task {@code models} lets through (their ids bound by {@link ModelCondition#bind}). */
  static String claimNext(JdbcCustomization customization, int maxRunningPerKey, ModelFilter models) {
    return CLAIM_NEXT.formatted(customization.selectNextQueued(maxRunningPerKey, models), TaskRows.COLUMNS);
  }

  /** Hands back the expired tasks of the models {@code models} lets through (bound by {@link ModelCondition#bind}). */
  static String requeueExpired(ModelFilter models) {
    return REQUEUE_EXPIRED + ModelCondition.on("", models);
  }

  /** A key's tasks, newest first; the insertion order breaks ties within a millisecond. */
  static String listByKey(JdbcCustomization customization) {
    return "SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE key_id = :key ORDER BY created_at DESC, "
        + customization.insertionOrder() + " DESC LIMIT :limit OFFSET :offset";
  }
}
