package io.reelgate.server.dialect.minimax;

import io.reelgate.core.task.Task;

/**
 * The body of {@code GET /v1/files/retrieve}: the video of a finished task, with Reelgate's signed
 * link as {@code download_url} (valid for the server's link lifetime; retrieve again for a fresh
 * one; the first of a task of the {@code expired-link} scenario has expired already). {@code
 * created_at} is when the video was made, in epoch seconds.
 */
record MiniMaxFile(FileObject file, BaseResp baseResp) {
  static final String PURPOSE = "video_generation";

  record FileObject(String fileId, long bytes, long createdAt, String filename, String purpose, String downloadUrl) {}

  static MiniMaxFile of(Task task, long bytes, String downloadUrl) {
    FileObject file =
        new FileObject(
            fileId(task),
            bytes,
            task.state().finishedAt().getEpochSecond(),
            "output_" + task.id() + ".mp4",
            PURPOSE,
            downloadUrl);
    return new MiniMaxFile(file, BaseResp.SUCCESS);
  }

  /**
   * A task has one file, its video, so the file id is the task id: stable, numeric like MiniMax's,
   * and read back without a table of its own.
   */
  static String fileId(Task task) {
    return task.id();
  }

  /** The task whose video {@code fileId} names. */
  static String taskId(String fileId) {
    return fileId;
  }
}
