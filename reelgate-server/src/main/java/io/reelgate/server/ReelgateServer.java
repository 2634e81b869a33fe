package io.reelgate.server;

import io.reelgate.server.dialect.DialectServices;
import io.javalin.Javalin;
import io.reelgate.core.render.Renderer;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.server.webhook.WebhookDeliverer;
import io.reelgate.server.webhook.WebhookOutbox;
import io.reelgate.server.webhook.WebhookPayloads;
import io.reelgate.server.webhook.WebhookSecrets;
import io.reelgate.server.webhook.WebhookTargets;
import io.reelgate.server.dialect.evolink.EvolinkWebhooks;
import io.reelgate.server.dialect.minimax.MiniMaxWebhooks;
import io.reelgate.server.dialect.minimaxv2.MiniMaxV2Dialect;
import io.reelgate.server.dialect.novita.NovitaWebhooks;
import io.reelgate.server.billing.PriceCheck;
import io.reelgate.server.billing.CreditLedger;
import io.reelgate.server.billing.PriceTable;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.database.Database;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.dialect.evolink.EvolinkDialect;
import io.reelgate.server.dialect.gptproto.GptprotoDialect;
import io.reelgate.server.dialect.gptproto.unified.GptprotoUnifiedDialect;
import io.reelgate.server.dialect.minimax.MiniMaxDialect;
import io.reelgate.server.dialect.novita.NovitaDialect;
import io.reelgate.server.dialect.openai.OpenAiDialect;
import io.reelgate.server.previews.VideoPreviews;
import io.reelgate.server.http.ApiKeyAuth;
import io.reelgate.server.http.ApiScopes;
import io.reelgate.server.links.PublicUrl;
import io.reelgate.server.idempotency.Idempotency;
import io.reelgate.server.idempotency.IdempotencyStore;
import io.reelgate.server.pages.DocsRoutes;
import io.reelgate.server.links.FileDownloads;
import io.reelgate.server.http.HealthRoutes;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.limits.InFlightLimiter;
import io.reelgate.server.limits.RateLimiter;
import io.reelgate.server.limits.RequestLimits;
import io.reelgate.server.files.Storage;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.files.s3.S3Config;
import io.reelgate.server.files.s3.S3Storage;
import io.reelgate.server.store.jdbc.JdbcTaskStore;
import io.reelgate.server.store.jdbc.TaskStoreRules;
import io.reelgate.server.task.TaskEndWatch;
import io.reelgate.server.task.TaskEvents;
import io.reelgate.server.task.TaskEta;
import io.reelgate.server.task.TaskService;
import io.reelgate.server.task.LocalRender;
import io.reelgate.server.task.WorkerPool;
import io.reelgate.server.store.ModelFilter;
import io.reelgate.server.upstream.RouteStats;
import io.reelgate.server.upstream.RoutingTable;
import io.reelgate.server.upstream.UpstreamEngine;
import io.reelgate.server.upstream.UpstreamJobs;
import java.security.SecureRandom;
import java.util.Set;
import io.reelgate.server.pages.AdminKeys;
import io.reelgate.server.scenario.ScenarioEngine;
import io.reelgate.server.timing.Pacing;
import io.reelgate.server.scenario.Scenarios;
import io.reelgate.server.pages.WebRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Reelgate: the HTTP dialects, the task store, the worker pool and the file links,
 * wired from a {@link ServerConfig}. The backends are chosen here, in one place, and logged.
 */
public final class ReelgateServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReelgateServer.class);
  public static final String DATABASE_FILE = Database.SQLITE_FILE;
  public static final String FILES_FOLDER = "files";
  /** Renders in progress; on the data disk, so that storing a finished video is a rename. */
  public static final String WORK_FOLDER = "work";
  /** Downloads from upstream routes in progress, inside {@link #WORK_FOLDER}. */
  public static final String UPSTREAM_WORK_FOLDER = "upstream";
  /** Where servers before the {@code settings} table kept the link secret; read once, to adopt it. */
  public static final String LINK_SECRET_FILE = "link-secret";

  private final Javalin app;
  private final WorkerPool workers;
  private final WorkerPool upstreamWorkers;
  private final WebhookDeliverer webhooks;
  private final Idempotency idempotency;
  private final TaskEndWatch taskEnds;
  private final Database database;
  private final String publicUrl;
  private final Storage storage;
  private final Duration shutdownGrace;
  /** Set as {@link #close} begins: {@code /readyz} answers 503 from then on. */
  private final AtomicBoolean stopping;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ReelgateServer(Javalin app, WorkerPool workers, WorkerPool upstreamWorkers, WebhookDeliverer webhooks,
      Idempotency idempotency, TaskEndWatch taskEnds, Database database, String publicUrl, Storage storage,
      Duration shutdownGrace, AtomicBoolean stopping) {
    this.app = app;
    this.workers = workers;
    this.upstreamWorkers = upstreamWorkers;
    this.webhooks = webhooks;
    this.idempotency = idempotency;
    this.taskEnds = taskEnds;
    this.database = database;
    this.publicUrl = publicUrl;
    this.storage = storage;
    this.shutdownGrace = shutdownGrace;
    this.stopping = stopping;
  }

  public static ReelgateServer start(ServerConfig config) {
    return start(config, Clock.systemUTC());
  }

  /** Starts with {@code clock} for task times and link expiry (tests move it), rendering with the motion engine of the timing. */
  public static ReelgateServer start(ServerConfig config, Clock clock) {
    return start(config, clock, config.timing().renderer());
  }

  /** Starts with {@code engine} rendering the tasks no upstream serves (tests give a stand-in). */
  public static ReelgateServer start(ServerConfig config, Clock clock, Renderer engine) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      Path dataDir = config.dataDir().toAbsolutePath();
      Database database = remember(opened, Database.openForServer(config.database(), dataDir));
      KeyStore keys = database.keys();
      StartingKeys.register(keys, config.apiKeys());
      Storage storage = openStorage(config.storage(), dataDir, opened);
      byte[] linkSecret = LinkSigner.loadOrCreateSecret(database.settings(), dataDir.resolve(LINK_SECRET_FILE));
      PublicUrl publicUrl = PublicUrl.of(config.publicUrl(), config.port());
      LinkSigner links = new LinkSigner(linkSecret, publicUrl, config.linkTtl(), clock);
      PriceTable prices = config.limits().prices() == null ? PriceTable.standard() : PriceTable.read(config.limits().prices());

      // What every task change writes in its own transaction: the credit it moves, the webhooks it queues.
      WebhookDeliverer webhooks =
          new WebhookDeliverer(
              database.jdbi(),
              GuardedHttpClient.builder().allowPrivateNetwork(config.allowPrivateNetwork()).build(),
              new WebhookSecrets(database.jdbi(), clock),
              clock,
              WebhookDeliverer.Timing.REAL);
      opened.add(webhooks);
      WebhookPayloads payloads =
          WebhookPayloads.of(List.of(new NovitaWebhooks(links), new EvolinkWebhooks(links), new MiniMaxWebhooks(), MiniMaxV2Dialect.webhooks(links)));
      WebhookOutbox outbox = new WebhookOutbox(clock, payloads, webhooks::wake);
      RoutingTable routing = config.routing();
      Set<String> routed = routing.routedModels();
      Pacing pacing = new Pacing(config.timing(), config.timingScale(), routed);
      JdbcTaskStore taskStore = database.tasks(new TaskStoreRules(List.of(new CreditLedger(prices, clock), outbox),
          config.limits().maxRunningPerKey(), pacing::queueTime));
      // Tasks with a scenario are this pool's whatever their model (ModelFilter): none goes upstream.
      WorkerPool workers = new WorkerPool(taskStore, storage, new ScenarioEngine(pacing, new LocalRender(engine, storage)),
          ModelFilter.except(routed), config.workers(), clock, dataDir.resolve(WORK_FOLDER), config.lease());
      opened.add(workers::close);
      // Upstream tasks mostly wait on a provider: their own pool, so that they never hold a render worker.
      RouteStats routeStats = new RouteStats(clock, routing.routes().keySet());
      UpstreamJobs upstreamJobs = new UpstreamJobs(database.dataSource());
      WorkerPool upstreamWorkers = new WorkerPool(taskStore, storage,
          new UpstreamEngine(routing, routeStats, upstreamJobs, storage, links::link, prices, clock, new SecureRandom()),
          ModelFilter.only(routed), routing.concurrency(), clock, dataDir.resolve(WORK_FOLDER).resolve(UPSTREAM_WORK_FOLDER),
          config.lease());
      opened.add(upstreamWorkers::close);
      RateLimiter limiter = new RateLimiter(config.limits().rateLimit(), clock);
      TaskService tasks = new TaskService(limiter, new PriceCheck(prices, database.jdbi()), storage, new WebhookTargets(clock),
          taskStore, TaskEvents.of(List.of(workers, upstreamWorkers)), clock);
      Idempotency idempotency = remember(opened, new Idempotency(new IdempotencyStore(database.jdbi()), clock, config.lease()));
      if (taskStore.exclusiveToOneProcess()) idempotency.releaseLeftovers();
      TaskEndWatch taskEnds = remember(opened, new TaskEndWatch());
      RequestLimits requestLimits = config.requestLimits();
      RequestValidator validator = RequestValidator.fetching(config.allowPrivateNetwork(), requestLimits.imageTimeout());
      DialectServices services = new DialectServices(new ApiKeyAuth(keys), validator, tasks, links, clock, idempotency,
          new InFlightLimiter(requestLimits.maxInFlightPerKey()), taskEnds, new Scenarios(config.scenarios()),
          new TaskEta(taskStore, config.workers(), task -> pacing.of(task).map(pace -> pace.render()), pacing::queueTime));
      List<ApiDialect> dialects = List.of(new NovitaDialect(services), new EvolinkDialect(services), new MiniMaxDialect(services),
              new GptprotoDialect(services, publicUrl, config.syncWaitLimit()), new GptprotoUnifiedDialect(services),
              new MiniMaxV2Dialect(services), new OpenAiDialect(services, new VideoPreviews(storage)));
      ApiScopes scopes = new ApiScopes(dialects.stream().flatMap(d -> d.scope().stream()).toList(), WebRoutes.SCOPE);

      Javalin app = HttpApp.create(requestLimits, scopes);
      opened.add(app::stop);
      // Every route before the port opens: a request never meets a half-registered server.
      dialects.forEach(d -> d.register(app));
      scopes.register(app);
      new DocsRoutes(dialects, publicUrl).register(app);
      new FileDownloads(storage, links).register(app);
      new WebRoutes(services, keys, new Credits(database.jdbi()), taskStore, dialects, engine.name(), config.workers(), new AdminKeys(config.adminKeys()),
              prices, routeStats, upstreamJobs::countReconciling)
          .register(app);
      AtomicBoolean stopping = new AtomicBoolean();
      new HealthRoutes(List.of(new HealthRoutes.Check("database", () -> database.checkReachable(HealthRoutes.CHECK_TIMEOUT)),
              new HealthRoutes.Check("storage", storage::checkReachable)), stopping::get)
          .register(app);
      app.start(config.port());
      publicUrl.portBound(app.port());

      workers.start();
      if (!routed.isEmpty()) upstreamWorkers.start();
      webhooks.start();
      LOG.info(
          "Reelgate serving on port {} (links at {}): tasks in {}, files in {},"
              + " engine {}, {} worker(s), upstream routes {} for models {}, dialects {}; prices: default rule{}, creates per key: {},"
          + " running per key: {}, scenarios {}, timing {}",
          app.port(), publicUrl.get(), database.description(), describe(storage),
          engine.name(), config.workers(), routing.routes().keySet(), routed, dialects.stream().map(ApiDialect::name).toList(),
          prices.size() == 0 ? "" : " and " + prices.size() + " entries of " + config.limits().prices(),
          limiter.limit(), config.limits().maxRunningPerKey() == 0 ? "no limit" : config.limits().maxRunningPerKey(),
          config.scenarios() ? "on" : "off", config.timing());
      LOG.info("Slow clients: {}", requestLimits);
      return new ReelgateServer(app, workers, upstreamWorkers, webhooks, idempotency, taskEnds, database, publicUrl.get(), storage, config.shutdownGrace(), stopping);
    } catch (IOException e) {
      closeAll(opened);
      throw new UncheckedIOException("cannot start Reelgate in " + config.dataDir().toAbsolutePath(), e);
    } catch (RuntimeException | Error e) {
      closeAll(opened);
      throw e;
    }
  }

  /**
   * The folder {@code files} of the data folder, or the S3 bucket of {@code s3} when set. Results
   * are served through Reelgate's signed links either way (see docs/DEPLOYMENT.md, "Storage").
   */
  private static Storage openStorage(S3Config s3, Path dataDir, List<AutoCloseable> opened) throws IOException {
    if (s3 == null) return new LocalStorage(dataDir.resolve(FILES_FOLDER));
    S3Storage storage = remember(opened, S3Storage.open(s3));
    storage.checkAccess();
    return storage;
  }

  private static String describe(Storage storage) {
    return storage instanceof LocalStorage local ? "the local folder " + local.root() : "the S3 bucket " + storage;
  }

  public int port() {
    return app.port();
  }

  /** The scheme and host of the links handed out, without a trailing slash. */
  public String publicUrl() {
    return publicUrl;
  }

  /**
   * Stops gracefully: {@code /readyz} turns 503 at once, so that the load balancer stops sending
   * work here; the workers claim no more tasks and give the renders under way the shutdown grace
   * period to finish, handing those still running at its end back to the queue (for another
   * instance, or the next start); then HTTP stops (requests already in flight are answered), then
   * the storage and the database close and the folder is freed. Closing again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    stopping.set(true);
    LOG.info("Reelgate stopping: not ready, no new renders, up to {} s for those under way", shutdownGrace.toSeconds());
    List<AutoCloseable> parts = new ArrayList<>();
    parts.add(database);
    parts.add(webhooks);
    if (storage instanceof AutoCloseable client) parts.add(client);
    parts.add(idempotency);
    parts.add(app::stop);
    // Sync-mode creates get their answer (the task as it then is) before HTTP stops.
    parts.add(taskEnds);
    parts.add(() -> workers.drain(shutdownGrace));
    // First: a task that is only being polled loses nothing when handed back; it resumes from its upstream id.
    parts.add(upstreamWorkers::close);
    closeAll(parts);
    LOG.info("Reelgate stopped");
  }

  private static <T extends AutoCloseable> T remember(List<AutoCloseable> opened, T resource) {
    opened.add(resource);
    return resource;
  }

  /** Closes in reverse order of opening; a failure is logged and the rest still closed. */
  private static void closeAll(List<AutoCloseable> opened) {
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception e) {
        LOG.warn("while shutting down: {}", e.toString(), e);
      }
    }
  }
}
