package io.reelgate.server.dialect.novita;

import io.reelgate.server.dialect.DialectServices;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.CurlExample;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.keys.ApiKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Novita / HighwayAPI dialect: {@code POST /v3/async/minimax-hailuo-*} answering {@code
 * {"task_id": ...}} and {@code GET /v3/async/task-result?task_id=...}, with {@code Authorization:
 * Bearer <key>} or the bare key (as Novita's JavaScript SDK sends it). Task ids are random UUIDs,
 * as Novita's are. Every path under {@code /v3/} is this dialect's.
 */
public final class NovitaDialect extends ApiDialect {
  public static final String NAME = "novita";
  private static final String CANCEL_PATH = "/v3/async/task-cancel";

  public NovitaDialect(DialectServices services) {
    super(NAME, "Novita / HighwayAPI", services);
  }

  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + NovitaEndpoint.HAILUO_23_T2V.path(),
        CurlExample.BEARER,
        "{\"prompt\": \"A paper boat drifts down a rainy street [跟随]\", \"duration\": 6, \"resolution\": \"768P\"}");
  }

  static final ApiScope SCOPE =
      new ApiScope(List.of("/v3/"), ApiScope.X_REQUEST_ID, NovitaErrors.TABLE, NovitaErrors::write);

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
  }

  @Override
  public void register(Javalin app) {
    GuardedRoutes routes = new GuardedRoutes(app, NovitaErrors.TABLE, NovitaErrors::write);
    for (NovitaEndpoint endpoint : NovitaEndpoint.values()) {
      routes.post(endpoint.path(), services.create(ctx -> services.auth().key(ctx).id(), ctx -> create(ctx, endpoint)));
    }
    routes.get("/v3/async/task-result", this::taskResult);
    routes.post(CANCEL_PATH, this::cancel);
  }

  private void create(Context ctx, NovitaEndpoint endpoint) {
    ApiKey key = services.auth().key(ctx);
    ValidatedRequest request =
        services.validator().validate(NovitaCreateRequest.read(endpoint, JsonFields.parse(ctx.body())));
    services.accept(ctx, key.id(), NAME, UUID.randomUUID().toString(), request,
        task -> NovitaJson.text(Map.of("task_id", task.id())));
  }

  /**
   * Reelgate's extension: cancels the task named by {@code task_id} (in the JSON body, or in the
   * query) and answers its result, as {@code GET /v3/async/task-result}.
   */
  private void cancel(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    String taskId = ctx.queryParam("task_id");
    if (taskId == null && !ctx.body().isBlank()) taskId = JsonFields.parse(ctx.body()).string("task_id");
    if (taskId == null || taskId.isBlank()) throw new InvalidFieldException("task_id", "is required");
    Task task = services.tasks().cancel(key.id(), NAME, taskId);
    NovitaJson.write(ctx, NovitaTaskResult.of(task, services.links(), eta(task)));
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL_PATH + "?task_id=" + taskId;
  }

  private void taskResult(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    String taskId = ctx.queryParam("task_id");
    if (taskId == null || taskId.isBlank()) {
      throw new InvalidFieldException("task_id", "is required as a query parameter");
    }
    Task task = services.tasks().get(key.id(), NAME, taskId);
    NovitaJson.write(ctx, NovitaTaskResult.of(task, services.links(), eta(task)));
  }

  private long eta(Task task) {
    return services.eta().of(task, services.clock().instant()).secondsLeft();
  }
}
