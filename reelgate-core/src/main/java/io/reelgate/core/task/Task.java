package io.reelgate.core.task;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Resolution;
import java.time.Instant;

/**
 * A video task as the store keeps it. {@code id} is in the format of the dialect that created it;
 * {@code keyId} is the owning API key. Nullable: {@code expandedPrompt, reason, resultKey,
 * videoWidth, videoHeight, startedAt, finishedAt, firstFrameKey, lastFrameKey}. {@code version}
 * grows with every change and is what the store compares before it writes.
 */
public record Task(
    String id,
    String keyId,
    String dialect,
    String model,
    Mode mode,
    String prompt,
    String expandedPrompt,
    int durationSeconds,
    Resolution resolution,
    boolean promptExpansion,
    boolean fastPretreatment,
    String firstFrameKey,
    String lastFrameKey,
    TaskStatus status,
    int progressPercent,
    String reason,
    String resultKey,
    Integer videoWidth,
    Integer videoHeight,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    int attempts,
    long version) {

  /** This task moved to {@code next}, checked against {@link TaskTransitions}. */
  public Task withStatus(TaskStatus next, Instant now) {
    TaskTransitions.check(id, status, next);
    Instant started = next == TaskStatus.PROCESSING ? now : startedAt;
    Instant finished = next.isTerminal() ? now : null;
    int progress = next == TaskStatus.SUCCEEDED ? 100 : next == TaskStatus.QUEUED ? 0 : progressPercent;
    int tries = next == TaskStatus.PROCESSING ? attempts + 1 : attempts;
    return new Task(id, keyId, dialect, model, mode, prompt, expandedPrompt, durationSeconds, resolution,
        promptExpansion, fastPretreatment, firstFrameKey, lastFrameKey, next, progress, reason, resultKey,
        videoWidth, videoHeight, createdAt, started, finished, tries, version);
  }

  public Task withProgress(int percent) {
    return new Task(id, keyId, dialect, model, mode, prompt, expandedPrompt, durationSeconds, resolution,
        promptExpansion, fastPretreatment, firstFrameKey, lastFrameKey, status, percent, reason, resultKey,
        videoWidth, videoHeight, createdAt, startedAt, finishedAt, attempts, version);
  }

  public Task withFailure(String why, Instant now) {
    Task failed = withStatus(TaskStatus.FAILED, now);
    return new Task(id, keyId, dialect, model, mode, prompt, expandedPrompt, durationSeconds, resolution,
        promptExpansion, fastPretreatment, firstFrameKey, lastFrameKey, failed.status, progressPercent, why,
        resultKey, videoWidth, videoHeight, createdAt, startedAt, failed.finishedAt, attempts, version);
  }

  public Task withResult(String key, int width, int height, Instant now) {
    Task done = withStatus(TaskStatus.SUCCEEDED, now);
    return new Task(id, keyId, dialect, model, mode, prompt, expandedPrompt, durationSeconds, resolution,
        promptExpansion, fastPretreatment, firstFrameKey, lastFrameKey, done.status, 100, reason, key, width,
        height, createdAt, startedAt, done.finishedAt, attempts, version);
  }
}
