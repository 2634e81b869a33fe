package io.reelgate.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import io.reelgate.server.RunningServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reelgate's own endpoints under {@code /reelgate/v1}, {@code /metrics} and the playground's
 * files, over real HTTP: the same Bearer auth as the dialects, a key sees only its own tasks, and
 * only an admin key sees the operator's view. Alice's key ({@code env-1}) is the admin key.
 */
class WebExtensionsTest extends RunningServer {

  @BeforeAll
  static void restartWithAliceAsAdmin() {
    server.close();
    server = ReelgateServer.start(config().adminKeys(List.of("env-1")).build());
  }

  @Test
  void model_table_is_public_and_is_the_catalogs() {
    HttpResponse<String> response = get("/reelgate/v1/models", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode models = json(response).path("models");
    JsonNode fast = model(models, "MiniMax-Hailuo-2.3-Fast");
    assertThat(names(fast.path("offers"))).containsExactly("image_to_video");
    assertThat(fast.path("offers").path("image_to_video").path("1080P").toString()).isEqualTo("[6]");
    assertThat(fast.path("offers").path("image_to_video").path("768P").toString()).isEqualTo("[6,10]");
    JsonNode hailuo02 = model(models, "MiniMax-Hailuo-02").path("offers");
    assertThat(hailuo02.path("image_to_video").has("512P")).isTrue();
    assertThat(hailuo02.path("text_to_video").has("512P")).isFalse();
    assertThat(hailuo02.path("first_last_frame").has("512P")).isFalse();
    JsonNode commands = json(response).path("camera_commands");
    assertThat(commands).hasSize(15);
    assertThat(commands.toString()).contains("{\"english\":\"Pan left\",\"chinese\":\"左摇\"}");
    assertThat(fast.path("ratios")).as("the V1 API names no ratio").isEmpty();
    assertThat(fast.path("default_ratio").isNull()).isTrue();
    assertThat(fast.path("max_prompt_length").asInt()).isEqualTo(2000);
  }

  @Test
  void model_table_gives_the_h3_models_their_modes_sizes_lengths_and_ratios() {
    JsonNode models = json(get("/reelgate/v1/models", null)).path("models");

    JsonNode h3 = model(models, "MiniMax-H3");
    assertThat(names(h3.path("offers"))).containsExactly("text_to_video", "image_to_video", "first_last_frame", "reference_to_video");
    assertThat(names(h3.path("offers").path("text_to_video"))).containsExactlyInAnyOrder("768P", "2K");
    assertThat(h3.path("offers").path("reference_to_video").path("2K").toString()).isEqualTo("[4,5,6,7,8,9,10,11,12,13,14,15]");
    assertThat(h3.path("ratios").toString()).isEqualTo("[\"adaptive\",\"21:9\",\"16:9\",\"4:3\",\"1:1\",\"3:4\",\"9:16\"]");
    assertThat(h3.path("default_ratio").asText()).isEqualTo("16:9");
    assertThat(h3.path("max_prompt_length").asInt()).isEqualTo(7000);
    JsonNode max = model(models, "MiniMax-H3-Max");
    assertThat(names(max.path("offers"))).containsExactly("image_to_video", "first_last_frame");
    assertThat(max.path("offers").path("image_to_video").path("768P").toString()).isEqualTo("[5,6,7,8,9,10,11,12,13,14,15]");
    assertThat(max.path("offers").path("image_to_video").has("2K")).isFalse();
  }

  @Test
  void task_list_needs_a_valid_key() {
    HttpResponse<String> none = get("/reelgate/v1/tasks", null);
    HttpResponse<String> unknown = get("/reelgate/v1/tasks", "rg_nobody_0000000000000000000000000000");
    HttpResponse<String> basic = send(HttpRequest.newBuilder(uri("/reelgate/v1/tasks")).GET(), "Basic " + ALICE);

    for (HttpResponse<String> response : List.of(none, unknown, basic)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
      assertThat(json(response).path("error").path("code").asText()).isEqualTo("INVALID_API_KEY");
    }
  }

  @Test
  void a_key_lists_its_own_tasks_from_every_dialect_newest_first_and_never_anothers() {
    String key = "rg_test_carol_0123456789abcdef0123456789";
    restartWith(key);
    String novita = create("/v3/async/minimax-hailuo-2.3-t2v", key, "carol's first [Pan left]");
    HttpResponse<String> evolink =
        post("/v1/videos/generations", key, body("model", "MiniMax-Hailuo-2.3", "prompt", "carol's second", "duration", 6));
    assertThat(evolink.statusCode()).as(evolink.body()).isEqualTo(200);
    create("/v3/async/minimax-hailuo-2.3-t2v", ALICE, "alice's own");

    JsonNode page = json(get("/reelgate/v1/tasks", key));

    JsonNode tasks = page.path("tasks");
    assertThat(tasks).hasSize(2);
    assertThat(tasks.path(0).path("id").asText()).isEqualTo(json(evolink).path("id").asText());
    assertThat(tasks.path(0).path("dialect").asText()).isEqualTo("evolink");
    assertThat(tasks.path(1).path("id").asText()).isEqualTo(novita);
    assertThat(tasks.path(1).path("dialect").asText()).isEqualTo("novita");
    assertThat(tasks.path(1).path("prompt").asText()).isEqualTo("carol's first [Pan left]");
    assertThat(tasks.path(1).path("mode").asText()).isEqualTo("text_to_video");
    assertThat(tasks.path(1).has("cancel_url")).isTrue();
    boolean ended = Set.of("succeeded", "failed", "cancelled").contains(tasks.path(1).path("status").asText());
    assertThat(tasks.path(1).path("cancel_url").isNull() ? null : tasks.path(1).path("cancel_url").asText())
        .as("Novita's cancel extension while the task can be cancelled")
        .isEqualTo(ended ? null : "/v3/async/task-cancel?task_id=" + novita);
    assertThat(page.path("has_more").asBoolean()).isFalse();
    assertThat(tasks.toString()).doesNotContain("alice's own");
  }

  @Test
  void pages_follow_limit_and_offset_and_say_whether_more_follow() {
    String key = "rg_test_dave_0123456789abcdef01234567890";
    restartWith(key);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) ids.add(create("/v3/async/minimax-hailuo-2.3-t2v", key, "dave " + i));

    JsonNode first = json(get("/reelgate/v1/tasks?limit=2", key));
    JsonNode second = json(get("/reelgate/v1/tasks?limit=2&offset=2", key));

    assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
    assertThat(first.path("has_more").asBoolean()).isTrue();
    assertThat(ids(second)).containsExactly(ids.get(0));
    assertThat(second.path("has_more").asBoolean()).isFalse();
    assertThat(second.path("limit").asInt()).isEqualTo(2);
    assertThat(second.path("offset").asInt()).isEqualTo(2);
  }

  @Test
  void a_limit_out_of_range_is_refused_naming_the_parameter() {
    for (String query : List.of("limit=0", "limit=101", "limit=ten", "offset=-1")) {
      HttpResponse<String> response = get("/reelgate/v1/tasks?" + query, ALICE);

      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(json(response).path("error").path("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void a_finished_task_lists_its_video_link_size_and_first_frame() throws Exception {
    String id =
        post("/v3/async/minimax-hailuo-2.3-fast-i2v", BOB,
                body("prompt", "a gradient [Push in]", "image", png(640, 480), "duration", 6, "resolution", "768P"))
            .body();
    String taskId = JSON.readTree(id).path("task_id").asText();

    JsonNode task = waitUntilFinished(BOB, taskId);

    assertThat(task.path("status").asText()).as(task.toString()).isEqualTo("succeeded");
    JsonNode video = task.path("video");
    assertThat(video.path("width").asInt()).isEqualTo(1024);
    assertThat(video.path("height").asInt()).isEqualTo(768);
    assertThat(video.path("size_bytes").asLong()).isPositive();
    HttpResponse<byte[]> mp4 = send(HttpRequest.newBuilder(java.net.URI.create(video.path("url").asText())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(mp4.statusCode()).isEqualTo(200);
    assertThat(mp4.body().length).isEqualTo(video.path("size_bytes").asInt());
    HttpResponse<byte[]> thumbnail = send(HttpRequest.newBuilder(java.net.URI.create(task.path("first_frame_url").asText())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    assertThat(thumbnail.body()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void the_callers_key_says_whether_it_is_an_admin_key() {
    JsonNode alice = json(get("/reelgate/v1/key", ALICE));
    JsonNode bob = json(get("/reelgate/v1/key", BOB));

    assertThat(alice.path("name").asText()).isEqualTo("env-1");
    assertThat(alice.path("admin").asBoolean()).isTrue();
    assertThat(bob.path("admin").asBoolean()).isFalse();
  }

  @Test
  void operator_view_is_refused_to_an_ordinary_key() {
    HttpResponse<String> response = get("/reelgate/v1/operator", BOB);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).path("error").path("code").asText()).isEqualTo("ADMIN_KEY_REQUIRED");
    assertThat(get("/reelgate/v1/operator", null).statusCode()).isEqualTo(401);
  }

  @Test
  void operator_view_shows_the_engine_queue_keys_usage_and_links() {
    create("/v3/async/minimax-hailuo-2.3-t2v", BOB, "counted for bob");

    HttpResponse<String> response = get("/reelgate/v1/operator", ALICE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode overview = json(response);
    JsonNode engine = overview.path("engines").path(0);
    assertThat(engine.path("name").asText()).isEqualTo("motion");
    assertThat(engine.path("workers").asInt()).isEqualTo(1);
    assertThat(engine.has("queued") && engine.has("running")).isTrue();
    JsonNode bob = StreamSupport.stream(overview.path("keys").spliterator(), false)
        .filter(k -> k.path("name").asText().equals("env-2")).findFirst().orElseThrow();
    assertThat(bob.path("total_tasks").asInt()).isPositive();
    assertThat(bob.path("admin").asBoolean()).isFalse();
    assertThat(bob.path("credit").isNull()).as("a key never granted credit has no limit").isTrue();
    assertThat(overview.path("recent_failures").isArray()).isTrue();
    assertThat(overview.path("links").path("openapi").toString())
        .contains("/openapi/novita.json", "/openapi/evolink.json", "/openapi/gptproto.json", "/openapi/minimax.json");
    assertThat(overview.path("links").path("metrics").asText()).isEqualTo("/metrics");
  }

  @Test
  void operator_view_shows_a_granted_credit_balance() {
    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ReelgateServer.DATABASE_FILE))) {
      String carolId = new JdbcKeyStore(Jdbis.create(db)).create("carol").key().id();
      new Credits(Jdbis.create(db)).grant(carolId, 40);
    }

    assertThat(keyNamed(json(get("/reelgate/v1/operator", ALICE)), "carol").path("credit").asLong()).isEqualTo(40);
  }

  private static JsonNode keyNamed(JsonNode overview, String name) {
    return StreamSupport.stream(overview.path("keys").spliterator(), false)
        .filter(k -> k.path("name").asText().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void metrics_give_queue_depth_per_engine_in_prometheus_format() {
    HttpResponse<String> response = get("/metrics", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
    assertThat(response.body())
        .contains("# TYPE reelgate_tasks_queued gauge")
        .containsPattern("reelgate_tasks_queued\\{engine=\"motion\"\\} \\d+")
        .containsPattern("reelgate_tasks_running\\{engine=\"motion\"\\} \\d+")
        .contains("reelgate_workers{engine=\"motion\"} 1");
  }

  @Test
  void playground_pages_and_their_files_are_served_with_a_strict_policy() {
    HttpResponse<String> page = get("/", null);
    HttpResponse<String> operator = get("/operator", null);
    HttpResponse<String> script = get("/web/playground.js", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Reelgate playground</title>");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(operator.body()).contains("Reelgate operator view");
    assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    assertThat(get("/web/missing.js", null).statusCode()).isEqualTo(404);
    assertThat(get("/web/..%2Fopenapi%2Fnovita.json", null).statusCode()).isEqualTo(404);
  }

  private static void restartWith(String extraKey) {
    server.close();
    server = ReelgateServer.start(config().apiKeys(List.of(ALICE, BOB, extraKey)).adminKeys(List.of("env-1")).build());
  }

  private static String create(String path, String key, String prompt) {
    HttpResponse<String> response = post(path, key, body("prompt", prompt, "duration", 6, "resolution", "768P"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).path("task_id").asText();
  }

  private static JsonNode waitUntilFinished(String key, String taskId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      for (int offset = 0; ; offset += 100) {
        JsonNode page = json(get("/reelgate/v1/tasks?limit=100&offset=" + offset, key));
        for (JsonNode task : page.path("tasks")) {
          String status = task.path("status").asText();
          if (task.path("id").asText().equals(taskId) && !status.equals("queued") && !status.equals("processing")) {
            return task;
          }
        }
        if (!page.path("has_more").asBoolean()) break;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("task " + taskId + " did not finish in time");
  }

  private static JsonNode model(JsonNode models, String id) {
    return StreamSupport.stream(models.spliterator(), false)
        .filter(m -> m.path("id").asText().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no model " + id + " in " + models));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("tasks").forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }
}
