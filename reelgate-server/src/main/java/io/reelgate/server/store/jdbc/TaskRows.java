package io.reelgate.server.store.jdbc;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Reads a task from a row of {@code tasks}; times go through the database's customization. */
final class TaskRows {
  private final JdbcCustomization customization;

  TaskRows(JdbcCustomization customization) {
    this.customization = customization;
  }

  /**
   * The columns {@link #read} reads, in its order: queries name them rather than {@code *}, so that
   * a row is read by position, without looking each column up by name.
   */
  static final String COLUMNS =
      "id, key_id, dialect, model, mode, prompt, expanded_prompt, duration_seconds, resolution, prompt_expansion,"
          + " fast_pretreatment, first_frame_key, last_frame_key, status, progress_percent, reason, result_key,"
          + " video_width, video_height, created_at, started_at, finished_at, attempts, version";

  Task read(ResultSet row) throws SQLException {
    return new Task(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        Mode.valueOf(row.getString(5)),
        row.getString(6),
        row.getString(7),
        row.getInt(8),
        Resolution.valueOf(row.getString(9)),
        row.getBoolean(10),
        row.getBoolean(11),
        row.getString(12),
        row.getString(13),
        TaskStatus.valueOf(row.getString(14)),
        row.getInt(15),
        row.getString(16),
        row.getString(17),
        integer(row, 18),
        integer(row, 19),
        customization.getInstant(row, 20),
        customization.getInstant(row, 21),
        customization.getInstant(row, 22),
        row.getInt(23),
        row.getLong(24));
  }

  static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) statement.setNull(index, Types.INTEGER);
    else statement.setInt(index, value);
  }

  private static Integer integer(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }
}
