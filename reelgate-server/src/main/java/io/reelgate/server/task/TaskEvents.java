package io.reelgate.server.task;

import java.util.List;

/** What the workers hear from {@link TaskService}: a task to claim, a task to stop rendering. */
public interface TaskEvents {
  /** Nobody listens (tests of the service alone). */
  TaskEvents NONE = of(List.of());

  /** A task was accepted: a worker may claim it now. */
  void accepted();

  /** A task was cancelled: a worker of this instance rendering it stops. */
  void cancelled(String taskId);

  /** The events told to each of {@code pools}. */
  static TaskEvents of(List<WorkerPool> pools) {
    return new TaskEvents() {
      @Override
      public void accepted() {
        pools.forEach(WorkerPool::wake);
      }

      @Override
      public void cancelled(String taskId) {
        pools.forEach(pool -> pool.cancelled(taskId));
      }
    };
  }
}
