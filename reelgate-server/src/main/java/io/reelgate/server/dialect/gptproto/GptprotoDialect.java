package io.reelgate.server.dialect.gptproto;

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
import java.time.Duration;
import java.util.UUID;

/**
 * The GPTProto dialect: {@code POST /api/v3/minimax/{model}/{scene}} and {@code GET
 * /api/v3/predictions/{id}/result}, both answering {@code {data: <prediction>, message, code}}.
 *
 * <p>{@code Authorization} carries the bare key, as GPTProto documents; {@code Bearer <key>} is
 * accepted too, since clients written for other APIs send it. Prediction ids are 32 lower-case
 * hex digits.
 *
 * <p>{@code enable_sync_mode: true} holds the create request until the task has ended, at most
 * {@code syncWaitLimit}, and answers with the prediction as it then is: completed or failed, or
 * still created/processing when the limit passed, to be polled at {@code urls.get} like any other.
 * A waiting request holds one server thread and reads the store every {@value #SYNC_POLL_MILLIS}
 * ms.
 */
public final class GptprotoDialect implements Dialect {
  public static final String NAME = "gptproto";
  public static final Duration DEFAULT_SYNC_WAIT_LIMIT = Duration.ofSeconds(120);

  static final String CREATE_PATH = "/api/v3/minimax/{model}/{scene}";
  static final String RESULT_PATH = "/api/v3/predictions/{id}/result";
  static final String CANCEL_PATH = "/api/v3/predictions/{id}/cancel";
  private static final long SYNC_POLL_MILLIS = 150;
  private static final String BEARER = "bearer ";

  private final DialectServices services;
  private final String baseUrl;
  private final Duration syncWaitLimit;

  /**
   * @param baseUrl the scheme and host that {@code urls.get} points at, without a trailing slash
   * @param syncWaitLimit how long {@code enable_sync_mode} waits at most; zero answers at once
   */
  public GptprotoDialect(DialectServices services, String baseUrl, Duration syncWaitLimit) {
    if (syncWaitLimit.isNegative()) throw new IllegalArgumentException("syncWaitLimit must not be negative");
    this.services = services;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.syncWaitLimit = syncWaitLimit;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "GPTProto";
  }

  /** The fields of GPTProto's own text-to-video example, with the bare key it documents. */
  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + CREATE_PATH.replace("{model}", "hailuo-2.3-fast").replace("{scene}", "text-to-video"),
        "$REELGATE_API_KEY", // GPTProto takes the bare key
        "{\"duration\": 6, \"enable_prompt_expansion\": true, \"prompt\": \"A lighthouse at dusk, waves below [Push in]\"}");
  }

  @Override
  public void register(Javalin app) {
    new GuardedRoutes(app, GptprotoErrors.TABLE, GptprotoErrors::write)
        .post(CREATE_PATH, services.create(ctx -> key(ctx).id(), this::create))
        .get(RESULT_PATH, this::result)
        .post(CANCEL_PATH, this::cancel);
  }

  private void create(Context ctx) {
    ApiKey key = key(ctx);
    GptprotoModel model = GptprotoModel.fromPath(ctx.pathParam("model"));
    Scene scene = Scene.fromPath(ctx.pathParam("scene"));
    GptprotoCreateRequest create = GptprotoCreateRequest.read(model, scene, JsonFields.parse(ctx.body()));
    VideoRequest request = validate(create);
    Task task = services.tasks().submit(key.id(), NAME, UUID.randomUUID().toString().replace("-", ""), request);
    if (create.syncMode()) task = awaitEnd(key, task);
    GptprotoJson.success(ctx, prediction(task));
  }

  /** Reelgate's extension: cancels the prediction and answers it, as {@code urls.get} does. */
  private void cancel(Context ctx) {
    ApiKey key = key(ctx);
    Task task = services.tasks().cancel(key.id(), NAME, ctx.pathParam("id"));
    GptprotoJson.success(ctx, prediction(task));
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL_PATH.replace("{id}", taskId);
  }

  private void result(Context ctx) {
    ApiKey key = key(ctx);
    Task task = services.tasks().get(key.id(), NAME, ctx.pathParam("id"));
    GptprotoJson.success(ctx, prediction(task));
  }

  /**
   * The core's validation; a refused resolution or duration also gets the model's row of
   * GPTProto's table, the combinations it does allow.
   */
  private VideoRequest validate(GptprotoCreateRequest create) {
    try {
      return services.validator().validate(create.draft());
    } catch (InvalidFieldException e) {
      if (!e.field().equals("resolution") && !e.field().equals("duration")) throw e;
      GptprotoModel model = create.model();
      throw new InvalidFieldException(
          e.field(), e.reason() + " (" + model.wireName() + " allows " + model.table() + ")", e);
    }
  }

  /** The bare key, or leniently {@code Bearer <key>}. */
  private ApiKey key(Context ctx) {
    String header = ctx.header("Authorization");
    boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    return bearer ? services.auth().bearer(ctx) : services.auth().bare(ctx);
  }

  /** The task once it has ended, or as it is when the limit passes (or the thread is interrupted). */
  private Task awaitEnd(ApiKey key, Task submitted) {
    long deadline = System.nanoTime() + syncWaitLimit.toNanos();
    Task task = submitted;
    while (!task.status().isTerminal()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) break;
      try {
        Thread.sleep(Math.min(SYNC_POLL_MILLIS, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      task = services.tasks().get(key.id(), NAME, task.id());
    }
    return task;
  }

  private GptprotoPrediction prediction(Task task) {
    String resultUrl = baseUrl + RESULT_PATH.replace("{id}", task.id());
    return GptprotoPrediction.of(task, resultUrl, services.links());
  }
}
