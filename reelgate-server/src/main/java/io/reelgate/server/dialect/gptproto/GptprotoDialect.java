package io.reelgate.server.dialect.gptproto;

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
import io.reelgate.server.idempotency.Idempotency;
import io.reelgate.server.keys.ApiKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The GPTProto dialect: {@code POST /api/v3/minimax/{model}/{scene}} and {@code GET
 * /api/v3/predictions/{id}/result}, both answering {@code {data: <prediction>, message, code}}.
 *
 * <p>{@code Authorization} carries the bare key, as GPTProto documents; {@code Bearer <key>} is
 * accepted too, as in every dialect. Prediction ids are 32 lower-case hex digits. Every path under
 * {@code /api/v3/} is this dialect's: an unknown one is answered in its error shape.
 *
 * <p>{@code enable_sync_mode: true} holds the create request until the task has ended, at most
 * {@code syncWaitLimit}, and answers with the prediction as it then is: completed or failed, or
 * still created/processing when the limit passed, to be polled at {@code urls.get} like any other.
 * A waiting request holds no thread: {@link io.reelgate.server.task.TaskEndWatch} reads its task
 * until it ends.
 */
public final class GptprotoDialect extends ApiDialect {
  public static final String NAME = "gptproto";
  public static final Duration DEFAULT_SYNC_WAIT_LIMIT = Duration.ofSeconds(120);

  static final String CREATE_PATH = "/api/v3/minimax/{model}/{scene}";
  static final String RESULT_PATH = "/api/v3/predictions/{id}/result";
  static final String CANCEL_PATH = "/api/v3/predictions/{id}/cancel";

  private final Supplier<String> baseUrl;
  private final Duration syncWaitLimit;

  /**
   * @param baseUrl the scheme and host that {@code urls.get} points at, without a trailing slash;
   *     asked for each answer, since with port 0 it is known only once the port is bound
   * @param syncWaitLimit how long {@code enable_sync_mode} waits at most; zero answers at once
   */
  public GptprotoDialect(DialectServices services, Supplier<String> baseUrl, Duration syncWaitLimit) {
    super(NAME, "GPTProto", services);
    if (syncWaitLimit.isNegative()) throw new IllegalArgumentException("syncWaitLimit must not be negative");
    this.baseUrl = baseUrl;
    this.syncWaitLimit = syncWaitLimit;
  }

  /** The fields of GPTProto's own text-to-video example, with the bare key it documents. */
  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + CREATE_PATH.replace("{model}", "hailuo-2.3-fast").replace("{scene}", "text-to-video"),
        "$REELGATE_API_KEY", // GPTProto takes the bare key
        "{\"duration\": 6, \"enable_prompt_expansion\": true, \"prompt\": \"A lighthouse at dusk, waves below [Push in]\"}");
  }

  static final ApiScope SCOPE =
      new ApiScope(List.of("/api/v3/"), ApiScope.X_REQUEST_ID, GptprotoErrors.TABLE, GptprotoErrors::write);

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
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
    ValidatedRequest request = validate(create);
    Task task = services.accept(ctx, key.id(), NAME, UUID.randomUUID().toString().replace("-", ""), request,
        accepted -> GptprotoJson.successText(prediction(accepted)));
    if (create.syncMode()) answerOnceEnded(ctx, key, task);
  }

  /**
   * Sync mode: the answer waits for the task's end (at most the limit) without holding a thread,
   * and replaces the one kept for its Idempotency-Key; a replay before then answers the task as
   * it was accepted (same id, same shape), never a second task.
   */
  private void answerOnceEnded(Context ctx, ApiKey key, Task accepted) {
    CompletableFuture<Void> answered = services.taskEnds()
        .awaitEnd(accepted, () -> services.tasks().get(key.id(), NAME, accepted.id()), syncWaitLimit)
        .thenAccept(task -> {
          String body = GptprotoJson.successText(prediction(task));
          ctx.status(200).contentType("application/json").result(body);
          services.idempotency().answerAgain(ctx, task.id(), new Idempotency.Answer(200, body.getBytes(StandardCharsets.UTF_8)));
        });
    services.inFlightUntil(ctx, answered);
    ctx.future(() -> answered);
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
  private ValidatedRequest validate(GptprotoCreateRequest create) {
    try {
      return services.validator().validate(create.draft());
    } catch (InvalidFieldException e) {
      if (!e.field().equals("resolution") && !e.field().equals("duration")) throw e;
      GptprotoModel model = create.model();
      throw new InvalidFieldException(
          e.field(), e.reason() + " (" + model.wireName() + " allows " + model.table() + ")", e);
    }
  }

  private ApiKey key(Context ctx) {
    return services.auth().key(ctx);
  }

  private GptprotoPrediction prediction(Task task) {
    String resultUrl = baseUrl.get() + RESULT_PATH.replace("{id}", task.id());
    return GptprotoPrediction.of(task, resultUrl, services.links());
  }
}
