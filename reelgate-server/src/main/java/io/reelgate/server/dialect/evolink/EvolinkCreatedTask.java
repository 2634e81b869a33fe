package io.reelgate.server.dialect.evolink;

import io.reelgate.core.task.Task;

/**
 * The body of {@code POST /v1/videos/generations}, as Evolink's video pages show it (written in
 * snake_case). {@code usage} keeps Evolink's shape, but a self-hosted Reelgate charges nothing:
 * {@code credits_reserved} is always 0.
 */
record EvolinkCreatedTask(
    long created,
    String id,
    String model,
    String object,
    int progress,
    String status,
    TaskInfo taskInfo,
    String type,
    Usage usage) {

  /** {@code estimated_time} is in seconds; {@code video_duration} the seconds of video asked for. */
  record TaskInfo(boolean canCancel, long estimatedTime, int videoDuration) {}

  record Usage(String billingRule, int creditsReserved, String userGroup) {}

  private static final Usage FREE = new Usage("per_call", 0, "default");

  static EvolinkCreatedTask of(Task task, long estimatedTime) {
    return new EvolinkCreatedTask(
        task.createdAt().getEpochSecond(),
        task.id(),
        task.request().model(),
        EvolinkTaskDetail.OBJECT,
        task.state().progressPercent(),
        EvolinkTaskDetail.status(task.state().status()),
        new TaskInfo(!task.state().status().isTerminal(), estimatedTime, task.request().durationSeconds()),
        EvolinkTaskDetail.TYPE,
        FREE);
  }
}
