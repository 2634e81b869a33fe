package io.reelgate.server.dialect.minimaxv2;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.dialect.CurlExample;
import io.reelgate.server.dialect.DialectServices;
import io.reelgate.server.dialect.minimax.MiniMaxTaskIds;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.webhook.WebhookFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MiniMax's video generation V2, the API of MiniMax-H3: {@code POST /v2/video_generation}, {@code
 * GET /v2/query/video_generation/{task_id}} and the list {@code GET
 * /v2/query/video_generation?page_num=&page_size=}, with {@code Authorization: Bearer <key>}; and
 * the same operations at Novita's paths under {@code /v3/minimax}, where only {@code MiniMax-H3} is
 * sold. One dialect for both: a task made at one host's paths is read at either. Answers carry
 * their real HTTP status; errors are {@link V2Errors}'s envelope. Task ids are MiniMax's strings of
 * digits.
 */
public final class MiniMaxV2Dialect extends ApiDialect {
  public static final String NAME = "minimax-v2";
  /** Where Novita puts MiniMax's V2 paths. */
  static final String NOVITA_PREFIX = "/v3/minimax";
  static final String CREATE = "/v2/video_generation";
  static final String QUERY = "/v2/query/video_generation";
  /** Reelgate's extension, answered as the query. */
  static final String CANCEL = "/v2/cancel/video_generation";
  static final int MAX_PAGE_SIZE = 100;

  static final ApiScope SCOPE =
      new ApiScope(List.of("/v2/", NOVITA_PREFIX + "/v2/"), ApiScope.X_REQUEST_ID, V2Errors.TABLE, V2Errors::write);

  private final MiniMaxTaskIds taskIds = new MiniMaxTaskIds();

  public MiniMaxV2Dialect(DialectServices services) {
    super(NAME, "MiniMax V2 (H3) / Novita H3", services);
  }

  /** The webhooks of this API's {@code callback_url}, with links signed by {@code links}. */
  public static WebhookFormat webhooks(LinkSigner links) {
    return new MiniMaxV2Webhooks(links);
  }

  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + CREATE,
        CurlExample.BEARER,
        "{\"model\": \"MiniMax-H3\", \"content\": [{\"type\": \"text\", \"text\": \"A lighthouse at dawn, waves below"
            + " [Push in]\"}], \"duration\": 5, \"resolution\": \"768P\", \"ratio\": \"16:9\"}");
  }

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
  }

  @Override
  public void register(Javalin app) {
    GuardedRoutes routes = new GuardedRoutes(app, V2Errors.TABLE, V2Errors::write);
    register(routes, "", ModelCatalog.H3_MODELS);
    register(routes, NOVITA_PREFIX, List.of(ModelCatalog.H3));
  }

  private void register(GuardedRoutes routes, String prefix, List<String> sold) {
    routes
        .post(prefix + CREATE, services.create(ctx -> services.auth().key(ctx).id(), ctx -> create(ctx, sold)))
        .get(prefix + QUERY + "/{task_id}", this::query)
        .get(prefix + QUERY, this::list)
        .post(prefix + CANCEL + "/{task_id}", this::cancel);
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL + "/" + taskId;
  }

  private void create(Context ctx, List<String> sold) {
    ApiKey key = services.auth().key(ctx);
    ValidatedRequest request = V2CreateRequest.validate(services.validator(), JsonFields.parse(ctx.body()), sold);
    services.accept(ctx, key.id(), NAME, taskIds.next(), request, task -> V2Json.text(Map.of("task_id", task.id())));
  }

  private void query(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    writeTask(ctx, services.tasks().get(key.id(), NAME, ctx.pathParam("task_id")));
  }

  private void cancel(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    writeTask(ctx, services.tasks().cancel(key.id(), NAME, ctx.pathParam("task_id")));
  }

  private void writeTask(Context ctx, Task task) {
    V2Json.write(ctx, Map.of("task", V2Task.of(task, services.links())));
  }

  /**
   * The key's tasks of this API, newest first: {@code page_num} from 1, {@code page_size} 1-100
   * (both default: 1 and 10). MiniMax's list page names no more fields than these; the answer is
   * {@code {"tasks": [...], "page_num", "page_size"}}. Tasks of the key's other APIs are left out,
   * so a page may hold fewer than {@code page_size}.
   */
  private void list(Context ctx) {
    ApiKey key = services.auth().key(ctx);
    int page = positive(ctx, "page_num", 1, Integer.MAX_VALUE);
    int size = positive(ctx, "page_size", 10, MAX_PAGE_SIZE);
    List<Object> tasks =
        services.tasks().list(key.id(), size, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size)).stream()
            .filter(task -> task.dialect().equals(NAME))
            .<Object>map(task -> V2Task.of(task, services.links()))
            .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tasks", tasks);
    body.put("page_num", page);
    body.put("page_size", size);
    V2Json.write(ctx, body);
  }

  private static int positive(Context ctx, String name, int otherwise, int most) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) return otherwise;
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1 && value <= most) return value;
    } catch (NumberFormatException e) {
      // refused below, naming the parameter
    }
    throw new InvalidFieldException(name, "must be a whole number from 1 to " + most + "; got '" + text + "'");
  }
}
