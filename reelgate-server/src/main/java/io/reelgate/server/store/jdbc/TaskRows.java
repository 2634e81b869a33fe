package io.reelgate.server.store.jdbc;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.core.task.TaskState;
import io.reelgate.core.task.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Reads a task from a row of {@code tasks} and binds one for a statement; times are {@link EpochMillis}. */
final class TaskRows {
  private TaskRows() {}

  /**
   * The columns {@link #MAPPER} reads, in their order: queries name them rather than {@code *}, so
   * that a row is read by position, without looking each column up by name.
   */
  static final String COLUMNS =
      "id, key_id, dialect, created_at, model, mode, prompt, expanded_prompt, camera_script, duration_seconds,"
          + " resolution, prompt_expansion, fast_pretreatment, first_frame_key, last_frame_key, status,"
          + " progress_percent, failure_kind, failure_field, reason, result_key, video_width, video_height,"
          + " started_at, finished_at, attempts, version, scenario, ratio, frames_per_second, frame_sizes, audio,"
          + " reference_media, aigc_watermark";

  /** The parameters {@link #bindInsert} binds, in the order of {@link #COLUMNS}. */
  static final String PARAMETERS =
      ":id, :keyId, :dialect, :createdAt, :model, :mode, :prompt, :expandedPrompt, :cameraScript, :durationSeconds,"
          + " :resolution, :promptExpansion, :fastPretreatment, :firstFrameKey, :lastFrameKey, :status,"
          + " :progressPercent, :failureKind, :failureField, :reason, :resultKey, :videoWidth, :videoHeight,"
          + " :startedAt, :finishedAt, :attempts, :version, :scenario, :ratio, :framesPerSecond, :frameSizes, :audio,"
          + " :referenceMedia, :aigcWatermark";

  /** The one mapper of tasks, made once: it reads {@link #COLUMNS} by position. */
  static final RowMapper<Task> MAPPER = (row, context) -> read(row);

  private static Task read(ResultSet row) throws SQLException {
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
        format(row),
        promptExpansion,
        row.getBoolean(13),
        row.getString(14),
        row.getString(15),
        scenario(row.getString(28)),
        ReferencesColumn.read(row.getString(33)),
        row.getBoolean(34));
    String failureKind = row.getString(18);
    TaskState state = new TaskState(
        Status.valueOf(row.getString(16)),
        row.getInt(17),
        failureKind == null ? null : new TaskFailure(TaskFailure.Kind.valueOf(failureKind), row.getString(19), row.getString(20)),
        row.getString(21),
        integer(row, 22),
        integer(row, 23),
        EpochMillis.get(row, 24),
        EpochMillis.get(row, 25),
        row.getInt(26));
    return new Task(row.getString(1), row.getString(2), row.getString(3), EpochMillis.get(row, 4), request, state,
        row.getLong(27));
  }

  /** Binds every parameter of {@link #PARAMETERS}, and {@code :runAfter}: {@code queueTime} after its creation, null for at once. */
  static <S extends SqlStatement<S>> S bindInsert(S insert, Task task, Duration queueTime) {
    TaskRequest request = task.request();
    return bindState(insert, task.state())
        .bind("id", task.id())
        .bind("keyId", task.keyId())
        .bind("dialect", task.dialect())
        .bindByType("createdAt", task.createdAt(), Instant.class)
        .bind("model", request.model())
        .bind("mode", request.mode().name())
        .bind("prompt", request.prompt())
        .bind("expandedPrompt", request.expandedPrompt())
        .bind("cameraScript", CameraScriptColumn.write(request.script()))
        .bind("durationSeconds", request.durationSeconds())
        .bind("resolution", request.resolution().name())
        .bind("ratio", request.format().ratio().name())
        .bind("framesPerSecond", request.format().framesPerSecond())
        .bind("frameSizes", request.format().sizes().name())
        .bind("audio", request.format().audio().name())
        .bind("promptExpansion", request.promptExpansion())
        .bind("fastPretreatment", request.fastPretreatment())
        .bind("firstFrameKey", request.firstFrameKey())
        .bind("lastFrameKey", request.lastFrameKey())
        .bind("version", task.version())
        .bind("scenario", request.scenario() == null ? null : request.scenario().toString())
        .bind("referenceMedia", ReferencesColumn.write(request.references()))
        .bind("aigcWatermark", request.watermark())
        .bindByType("runAfter", queueTime.isZero() ? null : task.createdAt().plus(queueTime), Instant.class);
  }

  /** The stored file format; a row stored before V18 kept none and is a Hailuo 2.x task's. */
  private static VideoFormat format(ResultSet row) throws SQLException {
    String ratio = row.getString(29);
    if (ratio == null) return VideoFormat.HAILUO;
    return new VideoFormat(Ratio.valueOf(ratio), row.getInt(30), VideoFormat.FrameSizes.valueOf(row.getString(31)),
        VideoFormat.Audio.valueOf(row.getString(32)));
  }

  /** The stored scenario, in the header's syntax it was written in. */
  private static Scenario scenario(String text) {
    return text == null ? null : Scenario.parse(text, "tasks.scenario");
  }

  /** Binds the state's parameters, {@code :status} to {@code :attempts}, as the insert and the update name them. */
  static <S extends SqlStatement<S>> S bindState(S statement, TaskState state) {
    TaskFailure failure = state.failure();
    // A null Integer or Instant is bound with its type: an untyped NULL would leave PostgreSQL to guess it.
    return statement
        .bind("status", state.status().name())
        .bind("progressPercent", state.progressPercent())
        .bind("failureKind", failure == null ? null : failure.kind().name())
        .bind("failureField", failure == null ? null : failure.field())
        .bind("reason", failure == null ? null : failure.message())
        .bind("resultKey", state.resultKey())
        .bind("videoWidth", state.videoWidth())
        .bind("videoHeight", state.videoHeight())
        .bindByType("startedAt", state.startedAt(), Instant.class)
        .bindByType("finishedAt", state.finishedAt(), Instant.class)
        .bind("attempts", state.attempts());
  }

  private static Integer integer(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }
}
