package io.reelgate.server.dialect.evolink;

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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Evolink dialect: {@code POST /v1/videos/generations} answering a task object and {@code GET
 * /v1/tasks/{task_id}}, with {@code Authorization: Bearer <key>}. Task ids are in Evolink's
 * format, {@code task-unified-<epoch seconds>-<8 lowercase letters and digits>}.
 */
public final class EvolinkDialect extends ApiDialect {
  public static final String NAME = "evolink";

  private static final String CANCEL_PATH = "/v1/tasks/{task_id}/cancel";
  private static final String ID_PREFIX = "task-unified-";
  private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int ID_SUFFIX_LENGTH = 8;

  private final SecureRandom random = new SecureRandom();

  public EvolinkDialect(DialectServices services) {
    super(NAME, "Evolink", services);
  }

  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + "/v1/videos/generations",
        CurlExample.BEARER,
        "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"A lighthouse at dawn, waves below [Push in]\","
            + " \"quality\": \"768p\", \"duration\": 6}");
  }

  /**
   * {@code /v1/videos/generations} and {@code /v1/tasks/}; the rest of {@code /v1/videos/} is
   * OpenAI's, the rest of {@code /v1/} MiniMax's.
   */
  static final ApiScope SCOPE =
      new ApiScope(List.of("/v1/videos/generations/", "/v1/tasks/"), ApiScope.X_REQUEST_ID, EvolinkErrors.TABLE, EvolinkErrors::write);

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
  }

  @Override
  public void register(Javalin app) {
    new GuardedRoutes(app, EvolinkErrors.TABLE, EvolinkErrors::write)
        .post("/v1/videos/generations", services.create(ctx -> services.auth().key(ctx).id(), this::create))
        .get("/v1/tasks/{task_id}", this::task)
        .post(CANCEL_PATH, this::cancel);
  }

  private void create(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    ValidatedRequest request = EvolinkCreateRequest.read(JsonFields.parse(ctx.body())).validate(services.validator());
    Instant now = services.clock().instant();
    services.accept(ctx, key.id(), NAME, newId(now), request,
        task -> EvolinkJson.text(EvolinkCreatedTask.of(task, services.eta().of(task, now).secondsLeft())));
  }

  /** Reelgate's extension: cancels the task and answers its detail, as {@code GET /v1/tasks/{task_id}}. */
  private void cancel(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    Task task = services.tasks().cancel(key.id(), NAME, ctx.pathParam("task_id"));
    EvolinkJson.write(ctx, EvolinkTaskDetail.of(task, services.links()));
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL_PATH.replace("{task_id}", taskId);
  }

  private void task(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    Task task = services.tasks().get(key.id(), NAME, ctx.pathParam("task_id"));
    long estimated = services.eta().of(task, services.clock().instant()).secondsLeft();
    EvolinkJson.write(ctx, EvolinkTaskDetail.of(task, services.links(), estimated));
  }

  /** 36^8 (about 2.8 x 10^12) suffixes a second: a clash is far less likely than a disk failure. */
  private String newId(Instant now) {
    StringBuilder id = new StringBuilder(ID_PREFIX).append(now.getEpochSecond()).append('-');
    for (int i = 0; i < ID_SUFFIX_LENGTH; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }
}
