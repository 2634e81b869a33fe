package io.reelgate.server.task;

import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.task.Task;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the video of one claimed task into a file: by rendering it here ({@link LocalRender}) or
 * by having an upstream provider make it ({@link io.reelgate.server.upstream.UpstreamEngine}).
 * The {@link TaskRunner} around it stores the file and writes the outcome, the same for both.
 *
 * <p>Who is at fault is told by what is thrown: a {@link io.reelgate.core.error.ReelgateException}
 * or an {@link IllegalArgumentException} fails the task with its message; anything else is the
 * server's problem, and the task is tried again. An engine stops promptly when interrupted.
 */
public interface TaskEngine {
  /** The name operators see in logs and metrics, e.g. {@code motion}. */
  String name();

  RenderResult make(Task task, Path output, RenderProgress progress) throws IOException, InterruptedException;

  /** The task was cancelled by its owner while this engine was making it; best effort, never throws. */
  default void cancelled(Task task) {}
}
