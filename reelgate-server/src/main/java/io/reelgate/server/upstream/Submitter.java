package io.reelgate.server.upstream;

import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.VideoRequest;
import io.reelgate.core.task.Task;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has a route accept a task: each route of its model in turn ({@link RoutePicker}), until one
 * does. Before a create is sent the task's row says SUBMITTING; a create is moved to the next
 * route only when the upstream surely did not take it ({@link CallOutcome}). One whose answer was
 * lost is sent again only to a route that honours {@code Idempotency-Key}, with the same key, and
 * otherwise the task fails rather than risk a second, billed, video.
 */
final class Submitter {
  private static final Logger log = LoggerFactory.getLogger(Submitter.class);
  /** How long a task whose routes all pushed back (or were down) keeps trying before it fails. */
  static final Duration SUBMIT_PATIENCE = Duration.ofMinutes(10);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
  /** Tries of a create whose answer was lost, on a route that honours Idempotency-Key. */
  private static final int LOST_ANSWER_TRIES = 3;

  private final RoutingTable table;
  private final RoutePicker picker;
  private final CreateRequests requests;
  private final CreateSender sender;
  private final UpstreamJobs jobs;
  private final RouteStats stats;
  private final JobEnds ends;
  private final Clock clock;

  Submitter(RoutingTable table, RoutePicker picker, CreateRequests requests, CreateSender sender, UpstreamJobs jobs,
      RouteStats stats, JobEnds ends, Clock clock) {
    this.table = table;
    this.picker = picker;
    this.requests = requests;
    this.sender = sender;
    this.jobs = jobs;
    this.stats = stats;
    this.ends = ends;
    this.clock = clock;
  }

  /** The job of a task never sent before, accepted by the first route that takes it. */
  UpstreamJob submit(Task task) throws IOException, InterruptedException {
    Instant giveUp = clock.instant().plus(SUBMIT_PATIENCE);
    Duration wait = FIRST_RETRY;
    while (true) {
      List<String> refusals = new ArrayList<>();
      boolean worthWaiting = false;
      for (RouteSettings route : picker.order(task.request().model())) {
        VideoRequest request = requests.of(task, route); // before the row: a failure here sent nothing
        Instant started = clock.instant();
        jobs.submitting(task.id(), route.name(), task.state().attempts(), started);
        try {
          return sender.send(task, route, request);
        } catch (ReelgateClientException e) {
          CallOutcome outcome = CallOutcome.of(e);
          Duration took = Duration.between(started, clock.instant());
          if (outcome == CallOutcome.ANSWER_LOST) {
            stats.failed(route.name(), RouteStats.Call.CREATE, outcome.label, took);
            return resendLost(task, jobs.find(task.id()).orElseThrow());
          }
          jobs.notSent(task.id(), task.state().attempts());
          refusals.add(route.name() + ": " + e.getMessage());
          switch (outcome) {
            case REQUEST_REFUSED -> {
              stats.rejected(route.name(), RouteStats.Call.CREATE, outcome.label, took);
              log.info("task {}: route {} refused the request: {}", task.id(), route.name(), e.getMessage());
              throw ends.refused(route.name(), "the upstream refused the request: " + reason(e));
            }
            case ACCOUNT_REFUSED -> {
              stats.accountRefused(route.name(), RouteStats.Call.CREATE, e.providerCode(), took);
              log.error("task {}: ALERT route {} refused the operator's account ({}); trying the next route. Check its key and balance.",
                  task.id(), route.name(), e.getMessage());
            }
            default -> {
              worthWaiting = true;
              stats.failed(route.name(), RouteStats.Call.CREATE, outcome.label, took);
              log.warn("task {}: route {} did not take the task ({}): {}; trying the next route", task.id(), route.name(),
                  outcome.label, e.getMessage());
            }
          }
        }
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException("stopped between routes");
      }
      if (!worthWaiting || clock.instant().plus(wait).isAfter(giveUp)) {
        throw new UpstreamFailedException("no upstream route took the task (" + String.join("; ", refusals) + ")");
      }
      log.info("task {}: every route is busy or down; trying again in {} s", task.id(), wait.toSeconds());
      Thread.sleep(wait.toMillis());
      Duration doubled = wait.multipliedBy(2);
      wait = doubled.compareTo(LONGEST_RETRY) < 0 ? doubled : LONGEST_RETRY;
    }
  }

  /**
   * The create of {@code job} was sent and its answer lost (or this process died before storing
   * it): only a route that honours Idempotency-Key is asked again, with the same key.
   */
  UpstreamJob resendLost(Task task, UpstreamJob job) throws IOException, InterruptedException {
    if (!jobs.takeOver(task.id(), task.state().attempts(), clock.instant())) {
      throw new IllegalStateException("task " + task.id() + ": a later claim is sending it; this one stops");
    }
    RouteSettings route = table.route(job.route());
    if (route == null || !route.idempotentCreate()) {
      log.warn("task {}: the answer of the create sent to route {} was lost; not sent again", task.id(), job.route());
      throw ends.failed(task.id(), route == null ? null : route.name(), "the answer of route " + job.route()
          + " to this task's create was lost, and the task is not sent again so that it is never made, or billed, twice");
    }
    VideoRequest request = requests.of(task, route);
    ReelgateClientException last = null;
    for (int attempt = 1; attempt <= LOST_ANSWER_TRIES; attempt++) {
      Instant started = clock.instant();
      try {
        log.info("task {}: asking route {} again for the task whose create answer was lost (same Idempotency-Key)",
            task.id(), route.name());
        return sender.send(task, route, request);
      } catch (ReelgateClientException e) {
        last = e;
        stats.failed(route.name(), RouteStats.Call.CREATE, CallOutcome.of(e).label, Duration.between(started, clock.instant()));
        Thread.sleep(FIRST_RETRY.toMillis() * attempt);
      }
    }
    throw ends.failed(task.id(), route.name(), "route " + route.name() + " did not answer this task's create: " + last.getMessage());
  }

  private static String reason(ReelgateClientException e) {
    return e.providerMessage() != null ? e.providerMessage() : e.getMessage();
  }
}
