package io.reelgate.server.upstream;

import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.image.ImageProbe;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.task.Task;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.billing.PriceTable;
import io.reelgate.server.storage.Storage;
import io.reelgate.server.task.TaskEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
 * UpstreamJobs}). A task found with an id is only ever polled: after a crash, a restart or a
 * takeover by another instance, nothing is sent twice. A create is moved to the next route only
 * when the upstream surely did not take it ({@link CallOutcome}); one whose answer was lost is
 * sent again only to a route that honours {@code Idempotency-Key}, with the same key (the task
 * id), and otherwise the task fails rather than risk a second, billed, video.
 *
 * <p>A poll deadline is not a verdict: past it the task is reconciling, still PROCESSING to its
 * client with its credit reserved, polled at the route's slower pace until the upstream answers or
 * its retention has surely passed.
 */
public final class UpstreamEngine implements TaskEngine {
  private static final Logger log = LoggerFactory.getLogger(UpstreamEngine.class);
  /** How long a task whose routes all pushed back (or were down) keeps trying before it fails. */
  static final Duration SUBMIT_PATIENCE = Duration.ofMinutes(10);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
  /** Tries of a create whose answer was lost, on a route that honours Idempotency-Key. */
  private static final int LOST_ANSWER_TRIES = 3;

  private final RoutingTable table;
  private final RouteStats stats;
  private final RoutePicker picker;
  private final UpstreamJobs jobs;
  private final Storage storage;
  private final UnaryOperator<String> linkToStoredFile;
  private final PriceTable prices;
  private final Clock clock;
  private final Map<String, RouteClients> clients = new ConcurrentHashMap<>();
  /** Where creates run, out of reach of the interrupts meant for their task's worker. */
  private static final Executor UNINTERRUPTED = Executors.newVirtualThreadPerTaskExecutor();

  /**
   * @param linkToStoredFile a public, signed link to a stored file, for routes that take pictures
   *     by link ({@link ImageDelivery#LINK})
   */
  public UpstreamEngine(RoutingTable table, RouteStats stats, UpstreamJobs jobs, Storage storage,
      UnaryOperator<String> linkToStoredFile, PriceTable prices, Clock clock, RandomGenerator random) {
    this.table = table;
    this.stats = stats;
    this.picker = new RoutePicker(table, stats, random);
    this.jobs = jobs;
    this.storage = storage;
    this.linkToStoredFile = linkToStoredFile;
    this.prices = prices;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "upstream";
  }

  @Override
  public RenderResult make(Task task, Path output, RenderProgress progress) throws IOException, InterruptedException {
    UpstreamJob job = jobs.find(task.id()).orElse(null);
    if (job == null) {
      job = submit(task);
    } else if (job.upstreamId() == null) {
      job = resubmitLost(task, job);
    } else {
      // Even an ENDED task is only polled again: the upstream still says how it ended.
      log.info("task {}: resuming the polls of upstream task {} on route {}", task.id(), job.upstreamId(), job.route());
    }
    return follow(task, job, output, progress);
  }

  @Override
  public void cancelled(Task task) {
    jobs.find(task.id()).filter(j -> j.upstreamId() != null).ifPresent(job -> {
      RouteSettings route = table.route(job.route());
      try {
        if (route != null) clients(route).poll.cancel(job.upstreamId());
        log.info("task {}: cancelled upstream task {} on route {}", task.id(), job.upstreamId(), job.route());
      } catch (RuntimeException e) {
        log.info("task {}: route {} did not cancel upstream task {}: {}", task.id(), job.route(), job.upstreamId(), e.getMessage());
      }
      jobs.ended(task.id(), clock.instant());
    });
  }

  // ---- Submitting: each route in turn, until one accepts.

  private UpstreamJob submit(Task task) throws IOException, InterruptedException {
    Instant giveUp = clock.instant().plus(SUBMIT_PATIENCE);
    Duration wait = FIRST_RETRY;
    while (true) {
      List<String> refusals = new ArrayList<>();
      boolean worthWaiting = false;
      for (RouteSettings route : picker.order(task.request().model())) {
        VideoRequest request = request(task, route); // before the row: a failure here sent nothing
        Instant started = clock.instant();
        jobs.submitting(task.id(), route.name(), task.state().attempts(), started);
        try {
          return sendCreate(task, route, request);
        } catch (ReelgateClientException e) {
          CallOutcome outcome = CallOutcome.of(e);
          Duration took = Duration.between(started, clock.instant());
          if (outcome == CallOutcome.ANSWER_LOST) {
            stats.failed(route.name(), RouteStats.Call.CREATE, outcome.label, took);
            return resubmitLost(task, jobs.find(task.id()).orElseThrow());
          }
          jobs.notSent(task.id(), task.state().attempts());
          refusals.add(route.name() + ": " + e.getMessage());
          switch (outcome) {
            case REQUEST_REFUSED -> {
              stats.rejected(route.name(), RouteStats.Call.CREATE, outcome.label, took);
              stats.taskFailed(route.name());
              log.info("task {}: route {} refused the request: {}", task.id(), route.name(), e.getMessage());
              throw new UpstreamFailedException("the upstream refused the request: " + reason(e));
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
      wait = min(wait.multipliedBy(2), LONGEST_RETRY);
    }
  }

  /**
   * The create of {@code job} was sent and its answer lost (or this process died before storing
   * it): only a route that honours Idempotency-Key is asked again, with the same key.
   */
  private UpstreamJob resubmitLost(Task task, UpstreamJob job) throws IOException, InterruptedException {
    if (!jobs.takeOver(task.id(), task.state().attempts(), clock.instant())) {
      throw new IllegalStateException("task " + task.id() + ": a later claim is sending it; this one stops");
    }
    RouteSettings route = table.route(job.route());
    if (route == null || !route.idempotentCreate()) {
      jobs.ended(task.id(), clock.instant());
      if (route != null) stats.taskFailed(route.name());
      log.warn("task {}: the answer of the create sent to route {} was lost; not sent again", task.id(), job.route());
      throw new UpstreamFailedException("the answer of route " + job.route() + " to this task's create was lost, and the task"
          + " is not sent again so that it is never made, or billed, twice");
    }
    VideoRequest request = request(task, route);
    ReelgateClientException last = null;
    for (int attempt = 1; attempt <= LOST_ANSWER_TRIES; attempt++) {
      Instant started = clock.instant();
      try {
        log.info("task {}: asking route {} again for the task whose create answer was lost (same Idempotency-Key)",
            task.id(), route.name());
        return sendCreate(task, route, request);
      } catch (ReelgateClientException e) {
        last = e;
        stats.failed(route.name(), RouteStats.Call.CREATE, CallOutcome.of(e).label, Duration.between(started, clock.instant()));
        Thread.sleep(FIRST_RETRY.toMillis() * attempt);
      }
    }
    jobs.ended(task.id(), clock.instant());
    stats.taskFailed(route.name());
    throw new UpstreamFailedException("route " + route.name() + " did not answer this task's create: " + last.getMessage());
  }

  /**
   * Sends the create and stores the upstream id it answers, on a thread of its own that an
   * interrupt (a cancel, a shutdown) does not reach: once a create is on its way, stopping it
   * halfway would leave an upstream task nobody knows the id of. It lasts at most the route's
   * request timeout; an interrupt that came meanwhile is seen at the first poll.
   */
  private UpstreamJob sendCreate(Task task, RouteSettings route, VideoRequest request) {
    Instant started = clock.instant();
    CompletableFuture<UpstreamJob> sent = CompletableFuture.supplyAsync(() -> {
      String upstreamId = clients(route).create.create(request);
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

  // ---- Following: polls until the upstream ends the task, then the video into storage.

  private RenderResult follow(Task task, UpstreamJob job, Path output, RenderProgress progress)
      throws IOException, InterruptedException {
    RouteSettings route = table.route(job.route());
    if (route == null) {
      // The route was removed from the routing file while the task was upstream: it cannot be asked any more.
      jobs.ended(task.id(), clock.instant());
      throw new UpstreamFailedException("route " + job.route() + " of this task is no longer configured");
    }
    VideoClient client = clients(route).poll;
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
        throwIfInterrupted(e);
        Duration took = Duration.between(started, clock.instant());
        CallOutcome outcome = CallOutcome.of(e);
        if (outcome == CallOutcome.ACCOUNT_REFUSED) {
          stats.accountRefused(route.name(), RouteStats.Call.POLL, e.providerCode(), took);
          log.error("task {}: ALERT route {} refused the operator's account while polling upstream task {}: {}",
              task.id(), route.name(), job.upstreamId(), e.getMessage());
        } else {
          stats.failed(route.name(), RouteStats.Call.POLL, outcome.label, took);
          log.warn("task {}: poll of upstream task {} on route {} failed: {}", task.id(), job.upstreamId(), route.name(), e.getMessage());
        }
        if (outcome == CallOutcome.BACK_PRESSURE) slowDown = min(slowDown.plus(route.pollEvery()), LONGEST_RETRY.multipliedBy(4));
      }
      boolean freshLinkNeeded = false;
      if (seen != null) {
        switch (seen.status()) {
          case QUEUED, PROCESSING -> progress.frames(seen.progressPercent(), 100);
          case SUCCEEDED -> {
            if (download(task, route, client, seen.videoUrl(), output)) return finished(task, route, output);
            freshLinkNeeded = true;
          }
          case FAILED, CANCELLED -> {
            jobs.ended(task.id(), clock.instant());
            stats.taskFailed(route.name());
            String why = seen.failureReason() == null ? seen.status().name().toLowerCase(Locale.ROOT) : seen.failureReason();
            log.info("task {}: upstream task {} on route {} ended {}: {}", task.id(), job.upstreamId(), route.name(),
                seen.status(), why);
            throw new UpstreamFailedException("the upstream " + (seen.status() == io.reelgate.client.TaskStatus.CANCELLED
                ? "cancelled the task" : "failed the task") + ": " + why);
          }
        }
      }
      Duration age = Duration.between(job.acceptedAt(), clock.instant());
      if (age.compareTo(route.giveUpAfter()) > 0) {
        jobs.ended(task.id(), clock.instant());
        stats.taskFailed(route.name());
        log.warn("task {}: upstream task {} on route {} never ended within {}; giving up", task.id(), job.upstreamId(),
            route.name(), route.giveUpAfter());
        throw new UpstreamFailedException("route " + route.name() + " did not finish the task within "
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

  /** False when the link failed (expired, say): the next poll fetches a fresh one. */
  private boolean download(Task task, RouteSettings route, VideoClient client, String url, Path output) throws InterruptedException {
    Instant started = clock.instant();
    if (url == null) {
      stats.failed(route.name(), RouteStats.Call.DOWNLOAD, "no_link", Duration.ZERO);
      log.warn("task {}: route {} reported success without a link; asking again", task.id(), route.name());
      return false;
    }
    try {
      long bytes = client.download(url, output);
      stats.succeeded(route.name(), RouteStats.Call.DOWNLOAD, Duration.between(started, clock.instant()));
      log.info("task {}: downloaded {} bytes from route {}", task.id(), bytes, route.name());
      return true;
    } catch (ReelgateClientException e) {
      throwIfInterrupted(e);
      stats.failed(route.name(), RouteStats.Call.DOWNLOAD, e.httpStatus() == 0 ? "error" : "http_" + e.httpStatus(),
          Duration.between(started, clock.instant()));
      log.warn("task {}: download from route {} failed ({}); asking the upstream for a fresh link", task.id(), route.name(),
          e.getMessage());
      return false;
    }
  }

  private RenderResult finished(Task task, RouteSettings route, Path output) throws IOException {
    VideoInfo info;
    try {
      info = VideoProbe.probe(output);
    } catch (IOException e) {
      jobs.ended(task.id(), clock.instant());
      stats.taskFailed(route.name());
      throw new UpstreamFailedException("route " + route.name() + " delivered a file that is not a video: " + e.getMessage());
    }
    jobs.ended(task.id(), clock.instant());
    stats.taskSucceeded(route.name(), prices.price(task.request().model(), task.request().durationSeconds(), task.request().resolution()));
    return new RenderResult(info.width(), info.height(), info.frames(), (int) Math.round(info.fps()));
  }

  // ---- The request as the upstream takes it.

  private VideoRequest request(Task task, RouteSettings route) throws IOException {
    String model = task.request().model();
    if (model.startsWith(ModelCatalog.GPTPROTO)) model = model.substring(ModelCatalog.GPTPROTO.length());
    VideoRequest request = VideoRequest.of(task.request().prompt().isEmpty() ? null : task.request().prompt())
        .withModel(model)
        .withDuration(task.request().durationSeconds())
        .withResolution(task.request().resolution().wireName())
        .withPromptExpansion(task.request().promptExpansion())
        // The same key on every send of this task: an upstream that honours it makes one task.
        .withIdempotencyKey("reelgate-" + task.id());
    if (task.request().firstFrameKey() != null) request = request.withImage(picture(task.request().firstFrameKey(), route));
    if (task.request().lastFrameKey() != null) request = request.withEndImage(picture(task.request().lastFrameKey(), route));
    return request;
  }

  private String picture(String key, RouteSettings route) throws IOException {
    if (route.images() == ImageDelivery.LINK) return linkToStoredFile.apply(key);
    byte[] bytes = storage.read(key);
    String type = ImageProbe.probe("image", bytes).format().name().toLowerCase(Locale.ROOT);
    return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  // ---- Clients: one that never retries a create on its own (this class decides), one that does for polls.

  private record RouteClients(VideoClient create, VideoClient poll) {}

  private RouteClients clients(RouteSettings route) {
    return clients.computeIfAbsent(route.name(), name -> new RouteClients(
        client(route).maxRetries(0).build(),
        client(route).maxRetries(2).backoff(Duration.ofMillis(500), Duration.ofSeconds(10)).build()));
  }

  private static VideoClient.Builder client(RouteSettings route) {
    return VideoClient.builder(route.engine().dialect())
        .baseUrl(route.baseUrl().toString())
        .apiKey(route.apiKey())
        .requestTimeout(route.requestTimeout());
  }

  private static void throwIfInterrupted(ReelgateClientException e) throws InterruptedException {
    if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
      InterruptedException interrupted = new InterruptedException("interrupted while calling the upstream");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  private static String reason(ReelgateClientException e) {
    return e.providerMessage() != null ? e.providerMessage() : e.getMessage();
  }

  /** A duration in short: {@code 24h}, {@code 1m30s}, {@code 4s}. */
  private static String describe(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
