package io.reelgate.server.upstream;

import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.VideoRequest;
import io.reelgate.core.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one create to one route and stores the upstream id it answers before anything else. It
 * runs on a thread of its own that an interrupt (a cancel, a shutdown) does not reach: once a
 * create is on its way, stopping it halfway would leave an upstream task nobody knows the id of.
 * It lasts at most the route's request timeout; an interrupt that came meanwhile is seen at the
 * first poll.
 */
final class CreateSender {
  private static final Logger log = LoggerFactory.getLogger(CreateSender.class);
  /** Where creates run, out of reach of the interrupts meant for their task's worker. */
  private static final Executor UNINTERRUPTED = Executors.newVirtualThreadPerTaskExecutor();

  private final RouteClients clients;
  private final UpstreamJobs jobs;
  private final RouteStats stats;
  private final Clock clock;

  CreateSender(RouteClients clients, UpstreamJobs jobs, RouteStats stats, Clock clock) {
    this.clients = clients;
    this.jobs = jobs;
    this.stats = stats;
    this.clock = clock;
  }

  /**
   * The job of the task, accepted by {@code route}.
   *
   * @throws ReelgateClientException when the route did not answer with a task id; what that means
   *     is for {@link CallOutcome} to say
   */
  UpstreamJob send(Task task, RouteSettings route, VideoRequest request) {
    Instant started = clock.instant();
    CompletableFuture<UpstreamJob> sent = CompletableFuture.supplyAsync(() -> {
      String upstreamId = clients.forCreates(route).create(request);
      if (upstreamId == null || upstreamId.isBlank()) {
        throw new ReelgateClientException(200, null, "the create was answered without a task id");
      }
      Instant now = clock.instant();
      jobs.accepted(task.id(), upstreamId, task.state().attempts(), now); // before anything else
      return new UpstreamJob(task.id(), route.name(), upstreamId, UpstreamJob.State.ACCEPTED, started, now);
    }, UNINTERRUPTED);
    UpstreamJob job;
    try {
      job = sent.join(); // join, unlike get, ignores interrupts
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      throw e;
    }
    stats.succeeded(route.name(), RouteStats.Call.CREATE, Duration.between(started, job.acceptedAt()));
    log.info("task {}: route {} ({}) accepted it as upstream task {}", task.id(), route.name(), route.engine().configName(),
        job.upstreamId());
    return job;
  }
}
