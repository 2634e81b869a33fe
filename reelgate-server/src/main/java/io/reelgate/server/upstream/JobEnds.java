package io.reelgate.server.upstream;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.server.billing.PriceTable;
import java.time.Clock;

/**
 * Writes how a task's upstream job ended, the one place that does: its row ENDED (from then on
 * the task is only ever polled, never sent again), the task counted for its route, and for a
 * failure the exception that fails the task with the reason its client sees.
 */
final class JobEnds {
  private final UpstreamJobs jobs;
  private final RouteStats stats;
  private final PriceTable prices;
  private final Clock clock;

  JobEnds(UpstreamJobs jobs, RouteStats stats, PriceTable prices, Clock clock) {
    this.jobs = jobs;
    this.stats = stats;
    this.prices = prices;
    this.clock = clock;
  }

  /**
   * Ends the job as failed and counts it against {@code route}.
   *
   * @param route the route's name, null when the task's route is no longer configured
   * @return what the caller throws
   */
  UpstreamFailedException failed(String taskId, String route, String reason) {
    jobs.ended(taskId, clock.instant());
    if (route != null) stats.taskFailed(route);
    return new UpstreamFailedException(reason);
  }

  /**
   * Counts a task whose request the upstream refused at create: it has no row left to end (the
   * create was {@linkplain UpstreamJobs#notSent not sent}).
   *
   * @return what the caller throws
   */
  UpstreamFailedException refused(String route, String reason) {
    stats.taskFailed(route);
    return new UpstreamFailedException(reason);
  }

  /** Ends the job of a task whose video is stored, and counts what it was charged for its route. */
  void succeeded(Task task, String route) {
    jobs.ended(task.id(), clock.instant());
    TaskRequest asked = task.request();
    stats.taskSucceeded(route, prices.price(asked.model(), asked.durationSeconds(), asked.resolution()));
  }

  /** Ends the job of a task its owner cancelled: it counts for no route. */
  void cancelled(String taskId) {
    jobs.ended(taskId, clock.instant());
  }
}
