package io.reelgate.server.pages;

import io.reelgate.server.dialect.DialectServices;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.reelgate.core.error.ApiKeyRefusedException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.task.Task;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.billing.PriceTable;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.task.TaskEta;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.ErrorTable;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.MalformedRequestException;
import io.reelgate.server.http.StartingUpException;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.upstream.RouteStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The web playground and operator's view at {@code /} and {@code /operator}, and Reelgate's own
 * extensions of the API that they use, under {@code /reelgate/v1} (documented in the README,
 * "Web playground"):
 *
 * <ul>
 *   <li>{@code GET /reelgate/v1/models}, no key: the model table and the camera commands;
 *   <li>{@code GET /reelgate/v1/key}, {@code Authorization: Bearer <key>} (or the bare key): the caller's key (id,
 *       name, whether it is an admin key, its credit balance: null without a limit);
 *   <li>{@code GET /reelgate/v1/price?model=&duration=&resolution=}, no key: a task's price ({@link PriceQuote});
 *   <li>{@code GET /reelgate/v1/tasks?limit=&offset=}, Bearer: the caller's tasks from every
 *       dialect, newest first; a key sees only its own;
 *   <li>{@code GET /reelgate/v1/tasks/{id}}, Bearer: one of the caller's tasks, as listed, with how
 *       its camera language was read ({@code camera});
 *   <li>{@code GET /reelgate/v1/camera?prompt=&duration=&prompt_expansion=}, Bearer: that reading for
 *       a prompt, without a task;
 *   <li>{@code GET /reelgate/v1/operator}, Bearer with an admin key: the operator's overview;
 *   <li>{@code GET /metrics}, no key: queue depth in the Prometheus text format.
 * </ul>
 *
 * Errors come as {@code {"error": {"code": ..., "message": ..., "field": ...}}}.
 */
public final class WebRoutes {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;

  private static final ErrorTable ERRORS =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "INVALID_REQUEST")
          .map(MalformedRequestException.class, 400, "INVALID_REQUEST")
          .map(ApiKeyRefusedException.class, 401, "INVALID_API_KEY")
          .map(AdminOnlyException.class, 403, "ADMIN_KEY_REQUIRED")
          .map(UnknownIdException.class, 404, "NOT_FOUND")
          .map(StartingUpException.class, 503, "STARTING_UP")
          .status(404, "NOT_FOUND")
          .status(405, "METHOD_NOT_ALLOWED")
          .internal(500, "INTERNAL_ERROR")
          .build();

  /**
   * Reelgate's own paths, {@code /reelgate/v1/}, and the scope of every path no dialect claims
   * (the pages, {@code /healthz}, unknown paths): errors in Reelgate's shape.
   */
  public static final ApiScope SCOPE =
      new ApiScope(List.of("/reelgate/v1/"), ApiScope.X_REQUEST_ID, ERRORS, WebRoutes::writeError);

  private final DialectServices services;
  private final List<ApiDialect> dialects;
  private final KeyStore keys;
  private final Credits credits;
  private final TaskStore store;
  private final List<String> openApiDocuments;
  private final String engineName;
  private final PriceTable prices;
  private final UpstreamRoutes upstream;
  private final int workers;
  private final AdminKeys admins;
  private final ModelTable models = ModelTable.of(ModelCatalog.standard());

  /**
   * @param engineName the engine the workers render with, as the operator's view names it
   * @param workers how many tasks the engine renders at once
   * @param prices what the credit check charges, for {@code /reelgate/v1/price}
   * @param reconciling how many upstream tasks are past their route's poll deadline
   */
  public WebRoutes(
      DialectServices services, KeyStore keys, Credits credits, TaskStore store, List<ApiDialect> dialects,
      String engineName, int workers, AdminKeys admins, PriceTable prices, RouteStats routes,
      IntSupplier reconciling) {
    this.services = services;
    this.keys = keys;
    this.credits = credits;
    this.store = store;
    this.openApiDocuments = DocsRoutes.documents(dialects);
    this.dialects = List.copyOf(dialects);
    this.engineName = engineName;
    this.prices = prices;
    this.upstream = new UpstreamRoutes(routes, reconciling);
    this.workers = workers;
    this.admins = admins;
  }

  /** The cancel extension of the dialect that created {@code task}. */
  private String cancelPath(Task task) {
    return dialects.stream().filter(d -> d.name().equals(task.dialect())).findFirst()
        .map(d -> d.cancelPath(task.id())).orElse(null);
  }

  public void register(Javalin app) {
    new PlaygroundPages().register(app);
    GuardedRoutes routes = new GuardedRoutes(app, ERRORS, WebRoutes::writeError);
    routes.get("/reelgate/v1/models", ctx -> WebJson.write(ctx, models));
    routes.get("/reelgate/v1/key", this::key);
    routes.get("/reelgate/v1/price", ctx -> WebJson.write(ctx, PriceQuote.read(ctx, ModelCatalog.standard(), prices)));
    routes.get("/reelgate/v1/tasks", this::tasks);
    routes.get("/reelgate/v1/tasks/{id}", this::task);
    routes.get("/reelgate/v1/camera", this::camera);
    routes.get("/reelgate/v1/operator", this::operator);
    routes.get(Metrics.PATH, this::metrics);
  }

  private void key(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", key.id());
    body.put("name", key.name());
    body.put("admin", admins.isAdmin(key));
    body.put("credit", credits.usage(key.id()).balance());
    WebJson.write(ctx, body);
  }

  /** One page of the key's tasks; {@code has_more} says whether a next page exists. */
  private void tasks(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT - 1);
    var page = services.tasks().list(key.id(), limit + 1, offset);
    List<TaskSummary> tasks =
        page.stream()
            .limit(limit)
            .map(this::summary)
            .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tasks", tasks);
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("has_more", page.size() > limit);
    WebJson.write(ctx, body);
  }

  /** One of the key's tasks, as the list shows it; another key's task is unknown, a 404. */
  private void task(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    WebJson.write(ctx, summary(services.tasks().getOwn(key.id(), ctx.pathParam("id"))));
  }

  /** How a prompt's camera language is read, without a task: the playground shows it while typing. */
  private void camera(Context ctx) {
    services.auth().key(ctx);
    WebJson.write(ctx, CameraView.ofQuery(ctx));
  }

  private TaskSummary summary(Task task) {
    TaskEta.Estimate eta = services.eta().of(task, services.clock().instant());
    return TaskSummary.of(task, services.tasks().resultSize(task), services.links(), cancelPath(task), eta);
  }

  private void operator(Context ctx) {
    admins.require(services.auth().key(ctx));
    WebJson.write(
        ctx,
        OperatorOverview.read(keys, credits, services.tasks(), store, engineName, workers, admins, upstream.snapshot(),
            openApiDocuments, services.clock().instant()));
  }

  private void metrics(Context ctx) {
    ctx.contentType(Metrics.CONTENT_TYPE).result(Metrics.render(store.depth(), engineName, workers) + upstream.prometheus());
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) return fallback;
    int value;
    try {
      value = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(name, "must be an integer from " + min + " to " + max);
    }
    if (value < min || value > max) {
      throw new InvalidFieldException(name, "must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  private static void writeError(Context ctx, ErrorTable.Failure failure) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", failure.code());
    error.put("message", failure.message());
    error.put("field", failure.field());
    WebJson.write(ctx.status(failure.status()), Map.of("error", error));
  }
}
