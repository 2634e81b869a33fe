package io.reelgate.server.pages;

import io.reelgate.core.camera.CameraReading;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.task.TaskEta;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * One task as {@code GET /reelgate/v1/tasks} lists it (and {@code /tasks/{id}} shows it), whatever dialect created it. Links are
 * signed afresh at each listing, so a listed link works for the configured link lifetime; {@code
 * video} is null until the task succeeded and again once its file is gone.
 *
 * @param firstFrameUrl a signed link to the task's input picture (its thumbnail), or null for
 *     text-to-video
 * @param cancelUrl where to cancel the task (a POST with the key as {@code Bearer}, no body): its
 *     dialect's cancel extension; null once the task has ended
 * @param queuePosition while queued, how many queued tasks were created before it (0: next to be
 *     taken); null once a worker took it
 * @param etaSeconds about how many seconds until it ends: its wait and render while queued, the
 *     rest at its speed so far while running, 0 once ended
 * @param ratio the frame's aspect ratio asked ({@code 16:9}, or {@code adaptive}: the picture's own shape)
 * @param camera how the prompt's camera language was read: shots over the clip, warnings, default
 */
record TaskSummary(
    String id,
    String dialect,
    String model,
    String mode,
    String status,
    int progressPercent,
    String prompt,
    int duration,
    String resolution,
    String ratio,
    boolean promptExpansion,
    String reason,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Video video,
    String firstFrameUrl,
    String cancelUrl,
    Integer queuePosition,
    long etaSeconds,
    CameraView camera) {

  /** The finished video: its signed link, its size in pixels and bytes. */
  record Video(String url, Integer width, Integer height, long sizeBytes, long linkTtlSeconds) {}

  static TaskSummary of(Task task, OptionalLong resultSize, LinkSigner links, String cancelPath, TaskEta.Estimate eta) {
    Video video =
        task.state().status() == Status.SUCCEEDED && task.state().resultKey() != null && resultSize.isPresent()
            ? new Video(links.link(task.state().resultKey()), task.state().videoWidth(), task.state().videoHeight(),
                resultSize.getAsLong(), links.ttl().toSeconds())
            : null;
    return new TaskSummary(
        task.id(),
        task.dialect(),
        task.request().model(),
        lower(task.request().mode().name()),
        lower(task.state().status().name()),
        task.state().progressPercent(),
        task.request().prompt(),
        task.request().durationSeconds(),
        task.request().resolution().wireName(),
        task.request().format().ratio().wireName(),
        task.request().promptExpansion(),
        task.state().failureMessage(null),
        task.createdAt(),
        task.state().startedAt(),
        task.state().finishedAt(),
        video,
        task.request().firstFrameKey() == null ? null : links.link(task.request().firstFrameKey()),
        task.state().status().isTerminal() ? null : cancelPath,
        eta.queuePosition(),
        eta.secondsLeft(),
        CameraView.of(CameraReading.of(task.request().script(), task.request().durationSeconds())));
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
