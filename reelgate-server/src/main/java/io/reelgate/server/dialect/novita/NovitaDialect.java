package io.reelgate.server.dialect.novita;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.request.VideoRequest;
import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.CurlExample;
import io.reelgate.server.dialect.Dialect;
import io.reelgate.server.dialect.DialectServices;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.keys.ApiKey;
import java.util.Map;
import java.util.UUID;

/**
 * The Novita / HighwayAPI dialect: {@code POST /v3/async/minimax-hailuo-*} answering {@code
 * {"task_id": ...}} and {@code GET /v3/async/task-result?task_id=...}, with {@code Authorization:
 * Bearer <key>}. Task ids are UUIDs, as Novita's are.
 */
public final class NovitaDialect implements Dialect {
  public static final String NAME = "novita";

  private final DialectServices services;

  public NovitaDialect(DialectServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Novita / HighwayAPI";
  }

  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + NovitaEndpoint.HAILUO_23_T2V.path(),
        CurlExample.BEARER,
        "{\"prompt\": \"A paper boat drifts down a rainy street [跟随]\", \"duration\": 6, \"resolution\": \"768P\"}");
  }

  @Override
  public void register(Javalin app) {
    GuardedRoutes routes = new GuardedRoutes(app, NovitaErrors.TABLE, NovitaErrors::write);
    for (NovitaEndpoint endpoint : NovitaEndpoint.values()) {
      routes.post(endpoint.path(), ctx -> create(ctx, endpoint));
    }
    routes.get("/v3/async/task-result", this::taskResult);
  }

  private void create(Context ctx, NovitaEndpoint endpoint) {
    ApiKey key = services.auth().bearer(ctx);
    VideoRequest request =
        services.validator().validate(NovitaCreateRequest.read(endpoint, JsonFields.parse(ctx.body())));
    Task task = services.tasks().submit(key.id(), NAME, UUID.randomUUID().toString(), request);
    NovitaJson.write(ctx, Map.of("task_id", task.id()));
  }

  private void taskResult(Context ctx) {
    ApiKey key = services.auth().bearer(ctx);
    String taskId = ctx.queryParam("task_id");
    if (taskId == null || taskId.isBlank()) {
      throw new InvalidFieldException("task_id", "is required as a query parameter");
    }
    Task task = services.tasks().get(key.id(), NAME, taskId);
    NovitaJson.write(ctx, NovitaTaskResult.of(task, services.links(), services.clock().instant()));
  }
}
