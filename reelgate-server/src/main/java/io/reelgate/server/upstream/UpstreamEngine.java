package io.reelgate.server.upstream;

import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.task.Task;
import io.reelgate.server.billing.PriceTable;
import io.reelgate.server.files.Storage;
import io.reelgate.server.task.TaskEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has an upstream provider make a task's video, through the routes of its model, and keeps the
 * result in Reelgate's storage (the {@link io.reelgate.server.task.TaskRunner} around it stores the
 * file this writes), so that the client's link never depends on the provider's short-lived one.
 *
 * <p>Money safety comes first. Before a create is sent the task's row says SUBMITTING, and the
 * upstream's id is written the moment the answer arrives, before anything else ({@link
 * CreateSender}, {@link UpstreamJobs}). A task found with an id is only ever polled ({@link
 * TaskFollower}): after a crash, a restart or a takeover by another instance, nothing is sent
 * twice. Which route a create goes to, and when it is sent again, is the {@link Submitter}'s.
 */
public final class UpstreamEngine implements TaskEngine {
  private static final Logger log = LoggerFactory.getLogger(UpstreamEngine.class);

  private final RoutingTable table;
  private final UpstreamJobs jobs;
  private final RouteClients clients = new RouteClients();
  private final JobEnds ends;
  private final Submitter submitter;
  private final TaskFollower follower;

  /**
   * @param linkToStoredFile a public, signed link to a stored file, for routes that take pictures
   *     by link ({@link ImageDelivery#LINK})
   */
  public UpstreamEngine(RoutingTable table, RouteStats stats, UpstreamJobs jobs, Storage storage,
      UnaryOperator<String> linkToStoredFile, PriceTable prices, Clock clock, RandomGenerator random) {
    this.table = table;
    this.jobs = jobs;
    this.ends = new JobEnds(jobs, stats, prices, clock);
    this.submitter = new Submitter(table, new RoutePicker(table, stats, random), new CreateRequests(storage, linkToStoredFile),
        new CreateSender(clients, jobs, stats, clock), jobs, stats, ends, clock);
    this.follower = new TaskFollower(table, clients, new VideoRetriever(stats, ends, clock), jobs, stats, ends, clock);
  }

  @Override
  public String name() {
    return "upstream";
  }

  @Override
  public RenderResult make(Task task, Path output, RenderProgress progress) throws IOException, InterruptedException {
    UpstreamJob job = jobs.find(task.id()).orElse(null);
    if (job == null) {
      job = submitter.submit(task);
    } else if (job.upstreamId() == null) {
      job = submitter.resendLost(task, job);
    } else {
      // Even an ENDED task is only polled again: the upstream still says how it ended.
      log.info("task {}: resuming the polls of upstream task {} on route {}", task.id(), job.upstreamId(), job.route());
    }
    return follower.follow(task, job, output, progress);
  }

  @Override
  public void cancelled(Task task) {
    jobs.find(task.id()).filter(j -> j.upstreamId() != null).ifPresent(job -> {
      RouteSettings route = table.route(job.route());
      try {
        if (route != null) clients.forPolls(route).cancel(job.upstreamId());
        log.info("task {}: cancelled upstream task {} on route {}", task.id(), job.upstreamId(), job.route());
      } catch (RuntimeException e) {
        log.info("task {}: route {} did not cancel upstream task {}: {}", task.id(), job.route(), job.upstreamId(), e.getMessage());
      }
      ends.cancelled(task.id());
    });
  }
}
