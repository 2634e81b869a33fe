package io.reelgate.server.dialect.openai;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.task.Status;
import io.reelgate.core.task.Task;
import io.reelgate.server.dialect.ApiDialect;
import io.reelgate.server.dialect.CurlExample;
import io.reelgate.server.dialect.DialectServices;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.GuardedRoutes;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.previews.VideoPreviews;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAI Videos API, as the {@code openai} SDK calls it with {@code base_url} pointed at
 * Reelgate's {@code /v1}: {@code POST /v1/videos}, {@code GET /v1/videos}, {@code GET} and {@code
 * DELETE /v1/videos/{video_id}}, {@code GET /v1/videos/{video_id}/content} and {@code POST
 * /v1/videos/{video_id}/remix}, with {@code Authorization: Bearer <key>}.
 *
 * <p>A retrieve of a video still queued or in progress says when to ask again in {@code
 * openai-poll-after-ms}, the header the SDK's {@code create_and_poll} reads: the task's estimated
 * time left, between {@link #MIN_POLL_MILLIS} and {@link #MAX_POLL_MILLIS}. The content answers
 * 302 to a signed download link, which the SDK follows with the key it already sent (the link
 * needs none): the bytes come from the one download route every dialect's links use.
 */
public final class OpenAiDialect extends ApiDialect {
  public static final String NAME = "openai";
  static final String VIDEOS = "/v1/videos";
  static final String VIDEO = VIDEOS + "/{video_id}";
  private static final String CANCEL_PATH = VIDEO + "/cancel";
  private static final String EVOLINK_CREATE = "/v1/videos/generations";
  static final long MIN_POLL_MILLIS = 250;
  static final long MAX_POLL_MILLIS = 2000;

  /** {@code /v1/videos/} but Evolink's {@code /v1/videos/generations}, whose scope is longer. */
  static final ApiScope SCOPE = new ApiScope(List.of("/v1/videos/"), ApiScope.X_REQUEST_ID, OpenAiErrors.TABLE, OpenAiErrors::write);

  private final VideoIds ids = new VideoIds();
  private final VideoPreviews previews;
  private final VideoList list;

  public OpenAiDialect(DialectServices services, VideoPreviews previews) {
    super(NAME, "OpenAI Videos", services);
    this.previews = previews;
    this.list = new VideoList(services.tasks(), NAME);
  }

  @Override
  public String curlExample(String baseUrl) {
    return CurlExample.post(
        baseUrl + VIDEOS,
        CurlExample.BEARER,
        "{\"model\": \"reelgate-motion\", \"prompt\": \"A lighthouse at dawn, waves below [Push in]\","
            + " \"size\": \"1280x720\", \"seconds\": \"6\"}");
  }

  @Override
  public Optional<ApiScope> scope() {
    return Optional.of(SCOPE);
  }

  @Override
  public void register(Javalin app) {
    // Evolink's create path is also the shape of a video's path: its other methods stay a 405 of
    // Evolink's, not a video "generations" that does not exist.
    app.before(EVOLINK_CREATE, ctx -> {
      if (ctx.method() != HandlerType.POST) throw new MethodNotAllowedResponse("", Map.of("POST", "POST"));
    });
    new GuardedRoutes(app, OpenAiErrors.TABLE, OpenAiErrors::write)
        .post(VIDEOS, services.create(ctx -> key(ctx).id(), this::create))
        .get(VIDEOS, this::list)
        .get(VIDEO, this::retrieve)
        .delete(VIDEO, this::delete)
        .get(VIDEO + "/content", this::content)
        .post(VIDEO + "/remix", services.create(ctx -> key(ctx).id(), this::remix))
        .post(CANCEL_PATH, this::cancel);
  }

  private void create(Context ctx) {
    ApiKey key = key(ctx);
    OpenAiCreateRequest create = OpenAiCreateRequest.read(form(ctx));
    accept(ctx, key, ids.next(), create.validate(services.validator()));
  }

  /** A new video from the source's picture (or its text alone) with the new prompt, the same model, size and seconds. */
  private void remix(Context ctx) {
    ApiKey key = key(ctx);
    Task source = services.tasks().get(key.id(), NAME, ctx.pathParam("video_id"));
    if (source.state().status() != Status.SUCCEEDED) throw new VideoNotReadyException(source.id(), "remixed");
    String id = ids.remixOf(source.id());
    String prompt = form(ctx).text("prompt");
    String picture = services.tasks().firstFrame(source).map(bytes -> CreateForm.dataUri("image/stored", bytes)).orElse(null);
    ValidatedRequest remix = OpenAiCreateRequest.remix(source, prompt, picture).validate(services.validator());
    accept(ctx, key, id, remix);
  }

  private void accept(Context ctx, ApiKey key, String id, ValidatedRequest request) {
    services.accept(ctx, key.id(), NAME, id, request, task -> OpenAiJson.text(OpenAiVideo.of(task)));
  }

  private void retrieve(Context ctx) {
    Task task = task(ctx);
    if (!task.state().status().isTerminal()) {
      long millis = services.eta().of(task, Instant.now(services.clock())).secondsLeft() * 1000;
      ctx.header("openai-poll-after-ms", Long.toString(Math.clamp(millis, MIN_POLL_MILLIS, MAX_POLL_MILLIS)));
    }
    OpenAiJson.write(ctx, OpenAiVideo.of(task));
  }

  private void list(Context ctx) {
    OpenAiJson.write(ctx, list.page(key(ctx).id(), VideoList.Query.of(ctx)));
  }

  private void delete(Context ctx) {
    ApiKey key = key(ctx);
    Task task = services.tasks().delete(key.id(), NAME, ctx.pathParam("video_id"));
    OpenAiJson.write(ctx, Map.of("id", task.id(), "object", "video.deleted", "deleted", true));
  }

  /** 302 to the signed link of the video, its thumbnail or its spritesheet. */
  private void content(Context ctx) {
    String variant = ctx.queryParam("variant") == null ? "video" : ctx.queryParam("variant");
    if (!List.of("video", "thumbnail", "spritesheet").contains(variant)) {
      throw new InvalidFieldException("variant", "unknown variant '" + variant + "'; one of video, thumbnail, spritesheet");
    }
    Task task = task(ctx);
    if (task.state().status() != Status.SUCCEEDED) throw new VideoNotReadyException(task.id(), "downloaded");
    String link = switch (variant) {
      case "thumbnail" -> services.links().link(previews.thumbnail(task));
      case "spritesheet" -> services.links().link(previews.spritesheet(task));
      default -> services.links().resultLink(task);
    };
    ctx.redirect(link, HttpStatus.FOUND);
  }

  /** Reelgate's extension: cancels the video and answers it, as a retrieve does. */
  private void cancel(Context ctx) {
    Task task = services.tasks().cancel(key(ctx).id(), NAME, ctx.pathParam("video_id"));
    OpenAiJson.write(ctx, OpenAiVideo.of(task));
  }

  @Override
  public String cancelPath(String taskId) {
    return CANCEL_PATH.replace("{video_id}", taskId);
  }

  private Task task(Context ctx) {
    return services.tasks().get(key(ctx).id(), NAME, ctx.pathParam("video_id"));
  }

  private ApiKey key(Context ctx) {
    return services.auth().key(ctx);
  }

  private static CreateForm form(Context ctx) {
    return CreateForm.isMultipart(ctx) ? CreateForm.multipart(ctx, JsonFields.MAX_BODY_BYTES) : CreateForm.of(JsonFields.parse(ctx.body()));
  }
}
