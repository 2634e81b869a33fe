package io.reelgate.server.store.jdbc;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Failure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.core.task.TaskState;
import io.reelgate.core.task.TaskStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Reads a task from a row of {@code tasks} and binds one for an insert; times go through the database's customization. */
final class TaskRows {
  private final JdbcCustomization customization;

  TaskRows(JdbcCustomization customization) {
    this.customization = customization;
  }

  /**
   * The columns {@link #read} reads and {@link #bindInsert} binds, in their order: queries name
   * them rather than {@code *}, so that a row is read by position, without looking each column up
   * by name.
   */
  static final String COLUMNS =
      "id, key_id, dialect, created_at, model, mode, prompt, expanded_prompt, camera_script, duration_seconds,"
          + " resolution, prompt_expansion, fast_pretreatment, first_frame_key, last_frame_key, status,"
          + " progress_percent, failure_kind, failure_field, reason, result_key, video_width, video_height,"
          + " started_at, finished_at, attempts, version";

  static final String PLACEHOLDERS = "?, ".repeat(26) + "?";

  Task read(ResultSet row) throws SQLException {
    String prompt = row.getString(7);
    String expandedPrompt = row.getString(8);
    boolean promptExpansion = row.getBoolean(12);
    TaskRequest request = new TaskRequest(
        row.getString(5),
        Mode.valueOf(row.getString(6)),
        prompt,
        expandedPrompt,
        CameraScriptColumn.read(row.getString(9), prompt, expandedPrompt, promptExpansion),
        row.getInt(10),
        Resolution.valueOf(row.getString(11)),
        promptExpansion,
        row.getBoolean(13),
        row.getString(14),
        row.getString(15));
    String failureKind = row.getString(18);
    TaskState state = new TaskState(
        TaskStatus.valueOf(row.getString(16)),
        row.getInt(17),
        failureKind == null ? null : new Failure(Failure.Kind.valueOf(failureKind), row.getString(19), row.getString(20)),
        row.getString(21),
        integer(row, 22),
        integer(row, 23),
        customization.getInstant(row, 24),
        customization.getInstant(row, 25),
        row.getInt(26));
    return new Task(row.getString(1), row.getString(2), row.getString(3), customization.getInstant(row, 4), request, state,
        row.getLong(27));
  }

  /** Binds every column of {@link #COLUMNS}, in its order, from parameter 1. */
  void bindInsert(PreparedStatement insert, Task task) throws SQLException {
    TaskRequest request = task.request();
    int i = 0;
    insert.setString(++i, task.id());
    insert.setString(++i, task.keyId());
    insert.setString(++i, task.dialect());
    customization.setInstant(insert, ++i, task.createdAt());
    insert.setString(++i, request.model());
    insert.setString(++i, request.mode().name());
    insert.setString(++i, request.prompt());
    insert.setString(++i, request.expandedPrompt());
    insert.setString(++i, CameraScriptColumn.write(request.script()));
    insert.setInt(++i, request.durationSeconds());
    insert.setString(++i, request.resolution().name());
    insert.setBoolean(++i, request.promptExpansion());
    insert.setBoolean(++i, request.fastPretreatment());
    insert.setString(++i, request.firstFrameKey());
    insert.setString(++i, request.lastFrameKey());
    i = bindState(insert, i, task.state());
    insert.setLong(++i, task.version());
  }

  /**
   * Binds the state's columns in {@link #COLUMNS}' order (status to attempts) after parameter
   * {@code last}; returns the last parameter bound.
   */
  int bindState(PreparedStatement statement, int last, TaskState state) throws SQLException {
    int i = last;
    Failure failure = state.failure();
    statement.setString(++i, state.status().name());
    statement.setInt(++i, state.progressPercent());
    statement.setString(++i, failure == null ? null : failure.kind().name());
    statement.setString(++i, failure == null ? null : failure.field());
    statement.setString(++i, failure == null ? null : failure.message());
    statement.setString(++i, state.resultKey());
    setInteger(statement, ++i, state.videoWidth());
    setInteger(statement, ++i, state.videoHeight());
    customization.setInstant(statement, ++i, state.startedAt());
    customization.setInstant(statement, ++i, state.finishedAt());
    statement.setInt(++i, state.attempts());
    return i;
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) statement.setNull(index, Types.INTEGER);
    else statement.setInt(index, value);
  }

  private static Integer integer(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }
}
