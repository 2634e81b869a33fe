package io.reelgate.server.store.sqlite;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Reads a task from a row of {@code tasks} and writes the values SQLite columns take. */
final class TaskRows {
  private TaskRows() {}

  static Task read(ResultSet row) throws SQLException {
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
        row.getInt("prompt_expansion") != 0,
        row.getInt("fast_pretreatment") != 0,
        row.getString("first_frame_key"),
        row.getString("last_frame_key"),
        TaskStatus.valueOf(row.getString("status")),
        row.getInt("progress_percent"),
        row.getString("reason"),
        row.getString("result_key"),
        integer(row, "video_width"),
        integer(row, "video_height"),
        instant(row, "created_at"),
        instant(row, "started_at"),
        instant(row, "finished_at"),
        row.getInt("attempts"),
        row.getLong("version"));
  }

  static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) statement.setNull(index, Types.INTEGER);
    else statement.setLong(index, value);
  }

  static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) statement.setNull(index, Types.INTEGER);
    else statement.setInt(index, value);
  }

  private static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(value);
  }
}
