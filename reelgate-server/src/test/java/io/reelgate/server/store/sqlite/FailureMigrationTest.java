package io.reelgate.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.TaskFailure.Kind;
import io.reelgate.core.task.Task;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks that failed before failures were kept as data (schema 14) come out of the upgrade with the
 * kind and field their messages were read as until then, and with the camera script their prompt
 * reads as, and (schema 18) as the Hailuo 2.x files they were: nothing a client saw of them changes.
 */
class FailureMigrationTest {
  @TempDir Path dataDir;

  @Test
  void failures_and_prompts_of_an_older_schema_are_read_as_before() throws Exception {
    Path file = dataDir.resolve("reelgate.db");
    try (HikariDataSource old = new HikariDataSource()) {
      old.setJdbcUrl("jdbc:sqlite:" + file);
      Flyway.configure().dataSource(old).locations(SqliteDatabase.MIGRATIONS).target("14").load().migrate();
      try (Connection connection = old.getConnection()) {
        insertFailed(connection, "t-image", "image: cannot decode the picture");
        insertFailed(connection, "t-end", "end_image: too small");
        insertFailed(connection, "t-duration", "duration: 1080P is only offered for 6 s");
        insertFailed(connection, "t-internal", "internal error: the server failed to render this task 3 times");
        insertFailed(connection, "t-slow", "the render timed out after 600 s");
        insertFailed(connection, "t-route", "route minimax-a did not answer this task's create: refused");
      }
    }

    try (HikariDataSource upgraded = SqliteDatabase.open(file)) {
      SqliteTaskStore store = new SqliteTaskStore(upgraded);

      assertThat(failure(store, "t-image")).isEqualTo(new TaskFailure(Kind.INVALID_INPUT, "image", "image: cannot decode the picture"));
      assertThat(failure(store, "t-end")).isEqualTo(new TaskFailure(Kind.INVALID_INPUT, "end_image", "end_image: too small"));
      assertThat(failure(store, "t-duration").field()).isEqualTo("duration");
      assertThat(failure(store, "t-internal").kind()).isEqualTo(Kind.INTERNAL);
      assertThat(failure(store, "t-slow").kind()).isEqualTo(Kind.TIMED_OUT);
      assertThat(failure(store, "t-route").kind()).isEqualTo(Kind.PROVIDER);
      Task old = store.find("t-image").orElseThrow();
      assertThat(old.request().script()).isEqualTo(CameraScriptParser.parse("[Pan left] a harbour", false));
      assertThat(old.request().format()).isEqualTo(VideoFormat.HAILUO);
    }
  }

  private static TaskFailure failure(SqliteTaskStore store, String id) {
    return store.find(id).orElseThrow().state().failure();
  }

  private static void insertFailed(Connection connection, String id, String reason) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO tasks (id, key_id, dialect, model, mode, prompt, duration_seconds, resolution, prompt_expansion,"
            + " fast_pretreatment, status, progress_percent, reason, created_at, started_at, finished_at, attempts, version)"
            + " VALUES (?, 'key_a', 'evolink', 'MiniMax-Hailuo-02', 'TEXT_TO_VIDEO', '[Pan left] a harbour', 6, 'P768', 0, 0,"
            + " 'FAILED', 40, ?, 1000, 2000, 3000, 1, 3)")) {
      insert.setString(1, id);
      insert.setString(2, reason);
      insert.executeUpdate();
    }
  }
}
