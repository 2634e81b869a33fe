package io.reelgate.server.upstream;

import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoTask;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.task.Task;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an accepted upstream task until it ends, then has its video retrieved ({@link
 * VideoRetriever}). A failed poll is never a verdict, nor is a poll deadline: past it the task is
 * reconciling, still PROCESSING to its client with its credit reserved, polled at the route's
 * slower pace until the upstream answers or its retention has surely passed.
 */
final class TaskFollower {
  private static final Logger log = LoggerFactory.getLogger(TaskFollower.class);
  /** The most a route's rate limits slow the polls down, on top of its pace. */
  private static final Duration LONGEST_SLOW_DOWN = Duration.ofMinutes(2);

  private final RoutingTable table;
  private final RouteClients clients;
  private final VideoRetriever retriever;
  private final UpstreamJobs jobs;
  private final RouteStats stats;
  private final JobEnds ends;
  private final Clock clock;

  TaskFollower(RoutingTable table, RouteClients clients, VideoRetriever retriever, UpstreamJobs jobs, RouteStats stats,
      JobEnds ends, Clock clock) {
    this.table = table;
    this.clients = clients;
    this.retriever = retriever;
    this.jobs = jobs;
    this.stats = stats;
    this.ends = ends;
    this.clock = clock;
  }

  /** The task's video in {@code output}, once the upstream made it. */
  RenderResult follow(Task task, UpstreamJob job, Path output, RenderProgress progress) throws InterruptedException {
    RouteSettings route = table.route(job.route());
    if (route == null) {
      // The route was removed from the routing file while the task was upstream: it cannot be asked any more.
      throw ends.failed(task.id(), null, "route " + job.route() + " of this task is no longer configured");
    }
    VideoClient client = clients.forPolls(route);
    boolean reconciling = job.state() == UpstreamJob.State.RECONCILING;
    Duration slowDown = Duration.ZERO;
    while (true) {
      Instant started = clock.instant();
      VideoTask seen = null;
      try {
        seen = client.get(job.upstreamId());
        stats.succeeded(route.name(), RouteStats.Call.POLL, Duration.between(started, clock.instant()));
        slowDown = Duration.ZERO;
      } catch (ReelgateClientException e) {
        CallOutcome.throwIfInterrupted(e);
        if (pollFailed(task, job, route, e, Duration.between(started, clock.instant())) == CallOutcome.BACK_PRESSURE) {
          Duration slower = slowDown.plus(route.pollEvery());
          slowDown = slower.compareTo(LONGEST_SLOW_DOWN) < 0 ? slower : LONGEST_SLOW_DOWN;
        }
      }
      boolean freshLinkNeeded = false;
      if (seen != null) {
        switch (seen.status()) {
          case QUEUED, PROCESSING -> progress.frames(seen.progressPercent(), 100);
          case SUCCEEDED -> {
            Optional<RenderResult> video = retriever.retrieve(task, route, client, seen.videoUrl(), output);
            if (video.isPresent()) return video.get();
            freshLinkNeeded = true;
          }
          case FAILED, CANCELLED -> {
            String why = seen.failureReason() == null ? seen.status().name().toLowerCase(Locale.ROOT) : seen.failureReason();
            log.info("task {}: upstream task {} on route {} ended {}: {}", task.id(), job.upstreamId(), route.name(),
                seen.status(), why);
            throw ends.failed(task.id(), route.name(), "the upstream "
                + (seen.status() == TaskStatus.CANCELLED ? "cancelled the task" : "failed the task") + ": " + why);
          }
        }
      }
      Duration age = Duration.between(job.acceptedAt(), clock.instant());
      if (age.compareTo(route.giveUpAfter()) > 0) {
        log.warn("task {}: upstream task {} on route {} never ended within {}; giving up", task.id(), job.upstreamId(),
            route.name(), route.giveUpAfter());
        throw ends.failed(task.id(), route.name(), "route " + route.name() + " did not finish the task within "
            + describe(route.giveUpAfter()) + ", after which it no longer keeps it");
      }
      if (!reconciling && age.compareTo(route.pollDeadline()) > 0) {
        reconciling = true;
        jobs.reconciling(task.id(), clock.instant());
        log.warn("task {}: upstream task {} on route {} is past its poll deadline of {}; reconciling, polled every {}"
            + " until {} after acceptance (the task stays processing and its credit reserved)", task.id(), job.upstreamId(),
            route.name(), route.pollDeadline(), route.reconcileEvery(), route.giveUpAfter());
      }
      Duration pace = reconciling && !freshLinkNeeded ? route.reconcileEvery() : route.pollEvery();
      Thread.sleep(pace.plus(slowDown).toMillis());
    }
  }

  /** Counts and logs a failed poll; what it means is only for the pace of the next one. */
  private CallOutcome pollFailed(Task task, UpstreamJob job, RouteSettings route, ReelgateClientException e, Duration took) {
    CallOutcome outcome = CallOutcome.of(e);
    if (outcome == CallOutcome.ACCOUNT_REFUSED) {
      stats.accountRefused(route.name(), RouteStats.Call.POLL, e.providerCode(), took);
      log.error("task {}: ALERT route {} refused the operator's account while polling upstream task {}: {}",
          task.id(), route.name(), job.upstreamId(), e.getMessage());
    } else {
      stats.failed(route.name(), RouteStats.Call.POLL, outcome.label, took);
      log.warn("task {}: poll of upstream task {} on route {} failed: {}", task.id(), job.upstreamId(), route.name(), e.getMessage());
    }
    return outcome;
  }

  /** A duration in short: {@code 24h}, {@code 1m30s}, {@code 4s}. */
  private static String describe(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
