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

  Task read(ResultSet row) throws SQLException {
    return new Task(
        row.getString("id"),
        row.getString("key_id"),
        row.getString("dialect"),
        row.getString("model"),
        Mode.valueOf(row.getString("mode")),
        row.getString("prompt"),
        row.getString("expanded_prompt"),
        row.getInt("duration_seconds"),
        Resolution.valueOf(row.getString("resolution")),
        row.getBoolean("prompt_expansion"),
        row.getBoolean("fast_pretreatment"),
        row.getString("first_frame_key"),
        row.getString("last_frame_key"),
        TaskStatus.valueOf(row.getString("status")),
        row.getInt("progress_percent"),
        row.getString("reason"),
        row.getString("result_key"),
        integer(row, "video_width"),
        integer(row, "video_height"),
        customization.getInstant(row, "created_at"),
        customization.getInstant(row, "started_at"),
        customization.getInstant(row, "finished_at"),
        row.getInt("attempts"),
        row.getLong("version"));
  }

  static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) statement.setNull(index, Types.INTEGER);
    else statement.setInt(index, value);
  }

  private static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }
}
