package io.reelgate.server.upstream;

import io.reelgate.core.task.TaskFailure;
import io.reelgate.server.task.TaskFailedException;

/**
 * An upstream task that ended without a video, or a task no upstream would take: the task fails
 * with this message (so it is not charged), which names the route and the upstream's own words.
 */
final class UpstreamFailedException extends TaskFailedException {
  UpstreamFailedException(String message) {
    super(new TaskFailure(TaskFailure.Kind.PROVIDER, null, message));
  }
}
