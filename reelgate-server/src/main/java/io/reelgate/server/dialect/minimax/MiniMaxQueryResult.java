package io.reelgate.server.dialect.minimax;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.TaskFailure;

/**
 * The body of {@code GET /v1/query/video_generation}. Every field is always present, as MiniMax
 * sends them: while there is no video, {@code file_id} is {@code ""} and the sizes are 0.
 *
 * <p>Choices: {@code Preparing} is never answered, as Reelgate checks and stores a task's inputs
 * before it accepts it; a queued task is {@code Queueing}. A task's one file is its video, so its
 * {@code file_id} is its task id. A failed (or cancelled) task answers {@code Fail} with {@code
 * base_resp} 1000 and the task's reason as the message, as MiniMax puts the cause of a failed
 * task in {@code base_resp}; 1026 (sensitive content) for a task its content policy refused.
 */
record MiniMaxQueryResult(String taskId, String status, String fileId, int videoWidth, int videoHeight, BaseResp baseResp) {

  static MiniMaxQueryResult of(Task task) {
    boolean done = task.state().status() == Status.SUCCEEDED && task.state().resultKey() != null;
    return new MiniMaxQueryResult(
        task.id(),
        status(task.state().status()),
        done ? MiniMaxFile.fileId(task) : "",
        done && task.state().videoWidth() != null ? task.state().videoWidth() : 0,
        done && task.state().videoHeight() != null ? task.state().videoHeight() : 0,
        baseResp(task));
  }

  private static String status(Status status) {
    return switch (status) {
      case QUEUED -> "Queueing";
      case PROCESSING -> "Processing";
      case SUCCEEDED -> "Success";
      case FAILED, CANCELLED -> "Fail";
    };
  }

  private static BaseResp baseResp(Task task) {
    return switch (task.state().status()) {
      case FAILED -> new BaseResp(failureCode(task.state().failure()), task.state().failureMessage("the task failed"));
      case CANCELLED -> new BaseResp(MiniMaxErrors.UNKNOWN, "cancelled");
      default -> BaseResp.SUCCESS;
    };
  }

  private static int failureCode(TaskFailure failure) {
    return failure != null && failure.kind() == TaskFailure.Kind.CONTENT_POLICY ? MiniMaxErrors.SENSITIVE : MiniMaxErrors.UNKNOWN;
  }
}
