package io.reelgate.server.dialect.gptproto.unified;

import io.reelgate.server.dialect.DialectServices;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.CurlExample;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.keys.ApiKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * GPTProto's unified video API, the one its SDKs call: {@code POST /api/v3/videos} answering 202
 * with a task object, {@code GET /api/v3/tasks/result/{id}} and its alias {@code GET
 * /api/v3/videos/{id}} (which the SDKs poll) answering 200 with it, errors as {@code {"error":
 * {"code", "message"}}}. {@code Authorization: Bearer <key>}, as the reference has it, or the bare
 * key, as GPTProto's per-model API has it. Its tasks are its own: the per-model API does not read
 * them, nor it theirs. Task ids are 32 lower-case hex digits.
 *
 * <p>The reference has no cancel; {@code POST /api/v3/videos/{id}/cancel} is Reelgate's cancel
 * extension, as in every dialect, answering the task as the polls do, {@code cancelled}.
 */
public final class GptprotoUnifiedDialect extends ApiDialect {
  public static final String NAME = "gptproto-unified";

  static final String CREATE_PATH = "/api/v3/videos";
  static final String RESULT_PATH = UnifiedTask.POLLING_PATH;
  static final String VIDEO_PATH = "/api/v3/videos/{id}";
  static final String CANCEL_PATH = "/api/v3/videos/{id}/cancel";
  private static final int ACCEPTED = 202;

  public GptprotoUnifiedDialect(DialectServices services) {
    super(NAME, "GPTProto unified API", services);
  }

  /** The reference's own curl, with a Hailuo slug. */
  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + CREATE_PATH,
        CurlExample.BEARER,
        "{\"model\": \"minimax/hailuo-2.3-fast\", \"prompt\": \"A lighthouse at dusk, waves below [Push in]\","
            + " \"duration\": 6, \"resolution\": \"720p\"}");
  }

  @Override
  public void register(Javalin app) {
    new GuardedRoutes(app, UnifiedErrors.TABLE, UnifiedErrors::write)
        .post(CREATE_PATH, services.create(ctx -> key(ctx).id(), this::create))
        .get(RESULT_PATH, this::task)
        .get(VIDEO_PATH, this::task)
        .post(CANCEL_PATH, this::cancel);
  }

  private void create(Context ctx) {
    ApiKey key = key(ctx);
    ValidatedRequest request = UnifiedVideoRequest.read(JsonFields.parse(ctx.body())).validate(services.validator());
    services.accept(ctx, ACCEPTED, key.id(), NAME, UUID.randomUUID().toString().replace("-", ""), request,
        task -> UnifiedJson.text(UnifiedTask.of(task, services.links())));
  }

  private void task(Context ctx) {
    ApiKey key = key(ctx);
    Task task = services.tasks().get(key.id(), NAME, ctx.pathParam("id"));
    UnifiedJson.write(ctx, 200, UnifiedTask.of(task, services.links()));
  }

  /** Reelgate's extension: cancels the task and answers it, as the polls do. */
  private void cancel(Context ctx) {
    ApiKey key = key(ctx);
    Task task = services.tasks().cancel(key.id(), NAME, ctx.pathParam("id"));
    UnifiedJson.write(ctx, 200, UnifiedTask.of(task, services.links()));
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL_PATH.replace("{id}", taskId);
  }

  private ApiKey key(Context ctx) {
    return services.auth().key(ctx);
  }

  /** Its paths inside GPTProto's {@code /api/v3/}: the longer prefixes win there. */
  static final ApiScope SCOPE = new ApiScope(List.of("/api/v3/videos/", "/api/v3/tasks/"), ApiScope.X_REQUEST_ID,
      UnifiedErrors.TABLE, UnifiedErrors::write);

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
  }
}
