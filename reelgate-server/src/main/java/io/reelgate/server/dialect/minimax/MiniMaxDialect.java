package io.reelgate.server.dialect.minimax;

import io.reelgate.server.dialect.DialectServices;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.dialect.CurlExample;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.keys.ApiKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MiniMax's own API, the one the gateways resell: {@code POST /v1/video_generation}, {@code GET
 * /v1/query/video_generation?task_id=} and {@code GET /v1/files/retrieve?file_id=}, with {@code
 * Authorization: Bearer <key>} (or the bare key). Every answer is HTTP 200 and ends with {@code base_resp}; errors
 * are told by its {@code status_code} (see {@link MiniMaxErrors}). Task ids are strings of digits,
 * as MiniMax's are.
 */
public final class MiniMaxDialect extends ApiDialect {
  public static final String NAME = "minimax";
  private static final String CANCEL_PATH = "/v1/cancel/video_generation";

  private final MiniMaxTaskIds taskIds;

  public MiniMaxDialect(DialectServices services) {
    super(NAME, "MiniMax", services);
    this.taskIds = new MiniMaxTaskIds();
  }

  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + "/v1/video_generation",
        CurlExample.BEARER,
        "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"A lighthouse at dawn, waves below [Push in]\","
            + " \"duration\": 6, \"resolution\": \"768P\"}");
  }

  /**
   * Every path under {@code /v1/} but {@code /v1/videos/} (OpenAI's, Evolink's create) and {@code /v1/tasks/} (Evolink's); every
   * answer names its request id in {@code Trace-Id}, which MiniMax's clients print with each error.
   */
  static final ApiScope SCOPE = new ApiScope(List.of("/v1/"), "Trace-Id", MiniMaxErrors.TABLE, MiniMaxErrors::write);

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
  }

  @Override
  public void register(Javalin app) {
    new GuardedRoutes(app, MiniMaxErrors.TABLE, MiniMaxErrors::write)
        .post("/v1/video_generation", services.create(ctx -> authenticate(ctx).id(), this::create))
        .post(CANCEL_PATH, this::cancel)
        .get("/v1/query/video_generation", this::query)
        .get("/v1/files/retrieve", this::retrieve);
  }

  private void create(Context ctx) {
    ApiKey key = authenticate(ctx);
    ValidatedRequest request = MiniMaxCreateRequest.validate(services.validator(), JsonFields.parse(ctx.body()));
    services.accept(ctx, key.id(), NAME, taskIds.next(), request, task -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("task_id", task.id());
      body.put("base_resp", BaseResp.SUCCESS);
      return MiniMaxJson.text(body);
    });
  }

  /**
   * Reelgate's extension: cancels the task named by {@code task_id} (in the JSON body, or in the
   * query) and answers as {@code GET /v1/query/video_generation}.
   */
  private void cancel(Context ctx) {
    ApiKey key = authenticate(ctx);
    String taskId = ctx.queryParam("task_id");
    if (taskId == null && !ctx.body().isBlank()) taskId = JsonFields.parse(ctx.body()).string("task_id");
    if (taskId == null || taskId.isBlank()) throw new InvalidFieldException("task_id", "is required");
    Task task = services.tasks().cancel(key.id(), NAME, taskId.strip());
    MiniMaxJson.write(ctx, MiniMaxQueryResult.of(task));
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL_PATH + "?task_id=" + taskId;
  }

  private void query(Context ctx) {
    ApiKey key = authenticate(ctx);
    Task task = services.tasks().get(key.id(), NAME, requiredQueryParam(ctx, "task_id"));
    MiniMaxJson.write(ctx, MiniMaxQueryResult.of(task));
  }

  /**
   * A file of another key, of a task not finished, or of another dialect is not found. A task of
   * the {@code expired-link} scenario gets an expired link the first time, a fresh one after.
   */
  private void retrieve(Context ctx) {
    ApiKey key = authenticate(ctx);
    String fileId = requiredQueryParam(ctx, "file_id");
    Task task;
    try {
      task = services.tasks().get(key.id(), NAME, MiniMaxFile.taskId(fileId));
    } catch (UnknownIdException e) {
      throw new UnknownIdException("file", fileId);
    }
    if (task.state().status() != Status.SUCCEEDED) throw new UnknownIdException("file", fileId);
    long bytes = services.tasks().resultSize(task).orElseThrow(() -> new UnknownIdException("file", fileId));
    String video = task.state().resultKey();
    String url = services.scenarios().expiredThisTime(task) ? services.links().expiredLink(video) : services.links().link(video);
    MiniMaxJson.write(ctx, MiniMaxFile.of(task, bytes, url));
  }

  private ApiKey authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) throw new KeyMissingException();
    return services.auth().key(ctx);
  }

  private static String requiredQueryParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) throw new InvalidFieldException(name, "is required as a query parameter");
    return value.strip();
  }
}
