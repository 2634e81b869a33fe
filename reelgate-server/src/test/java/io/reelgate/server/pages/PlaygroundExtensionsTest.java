package io.reelgate.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.openapi.OpenApiContract;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the playground and the operator's view read beyond the task list, over real HTTP, each
 * answer checked against the extensions' own OpenAPI document ({@code /openapi/reelgate.json}):
 * a task's price before it runs and the credit a key has left, the queue per model, the keys'
 * spend, the example photos, and the document itself on {@code /docs}. Alice's key is the admin key.
 */
@TinyRenders
class PlaygroundExtensionsTest extends RunningServer {
  private static final OpenApiContract CONTRACT = OpenApiContract.forResource(DocsRoutes.EXTENSIONS);

  @BeforeAll
  static void restartWithAliceAsAdmin() {
    server.close();
    server = start(config().adminKeys(List.of("env-1")));
  }

  @Test
  void the_price_is_the_price_tables_for_the_models_duration_and_resolution() {
    HttpResponse<String> six = get("/reelgate/v1/price?model=MiniMax-Hailuo-2.3&duration=6&resolution=768P", null);
    HttpResponse<String> ten = get("/reelgate/v1/price?model=MiniMax-Hailuo-02&duration=10&resolution=768p", null);

    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/price", six);
    assertThat(json(six).path("credits").asLong()).as("6 s at 2 credits a second").isEqualTo(12);
    assertThat(json(ten).path("credits").asLong()).isEqualTo(20);
    assertThat(json(ten).path("resolution").asText()).isEqualTo("768P");
  }

  @Test
  void a_price_for_what_no_model_renders_is_refused_naming_the_field() {
    assertRefused("/reelgate/v1/price?model=MiniMax-Hailuo-2.3&duration=10&resolution=1080P", "duration");
    assertRefused("/reelgate/v1/price?model=Sora&duration=6&resolution=768P", "model");
    assertRefused("/reelgate/v1/price?model=MiniMax-Hailuo-2.3&duration=6&resolution=4K", "resolution");
    assertRefused("/reelgate/v1/price?model=MiniMax-Hailuo-2.3&duration=six&resolution=768P", "duration");
    assertRefused("/reelgate/v1/price?duration=6&resolution=768P", "model");
  }

  @Test
  void the_key_tells_its_credit_balance_and_null_without_a_limit() {
    String carol = "rg_test_carol_0123456789abcdef0123456789";
    server.close();
    server = start(config().apiKeys(List.of(ALICE, BOB, carol)).adminKeys(List.of("env-1")));
    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ReelgateServer.DATABASE_FILE))) {
      String carolId = StreamSupport.stream(new JdbcKeyStore(Jdbis.create(db)).list().spliterator(), false)
          .filter(k -> k.name().equals("env-3")).findFirst().orElseThrow().id();
      new Credits(Jdbis.create(db)).grant(carolId, 40);
    }

    HttpResponse<String> limited = get("/reelgate/v1/key", carol);
    HttpResponse<String> unlimited = get("/reelgate/v1/key", BOB);

    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/key", limited);
    assertThat(json(limited).path("credit").asLong()).isEqualTo(40);
    assertThat(json(unlimited).path("credit").isNull()).isTrue();
    HttpResponse<String> created = post("/v3/async/minimax-hailuo-2.3-t2v", carol, body("prompt", "spend", "duration", 6, "resolution", "768P"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(json(get("/reelgate/v1/key", carol)).path("credit").asLong()).as("12 held for the task").isEqualTo(28);
  }

  @Test
  void the_operator_view_gives_the_queue_per_model_and_each_keys_spend() {
    post("/v3/async/minimax-hailuo-2.3-t2v", BOB, body("prompt", "per model", "duration", 6, "resolution", "768P"));
    post("/v1/videos/generations", BOB, body("model", "MiniMax-Hailuo-02", "prompt", "another model", "duration", 6));

    HttpResponse<String> response = get("/reelgate/v1/operator", ALICE);

    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/operator", response);
    JsonNode overview = json(response);
    List<String> models = StreamSupport.stream(overview.path("models").spliterator(), false).map(m -> m.path("model").asText()).toList();
    assertThat(models).contains("MiniMax-Hailuo-02", "MiniMax-Hailuo-2.3");
    for (JsonNode model : overview.path("models")) {
      int counted = model.path("queued").asInt() + model.path("running").asInt() + model.path("succeeded").asInt()
          + model.path("failed").asInt();
      assertThat(counted).as(model.toString()).isPositive();
    }
    assertThat(overview.path("routes").isEmpty()).as("no model is routed upstream").isTrue();
    assertThat(overview.path("links").path("openapi").toString()).contains(DocsRoutes.EXTENSIONS);
  }

  @Test
  void the_task_list_one_task_and_the_camera_reading_match_their_document() {
    post("/v3/async/minimax-hailuo-2.3-t2v", ALICE, body("prompt", "listed [Pan left]", "duration", 6, "resolution", "768P"));

    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/tasks", get("/reelgate/v1/tasks?limit=3", ALICE));
    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/tasks", get("/reelgate/v1/tasks?limit=0", ALICE));
    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/models", get("/reelgate/v1/models", null));
    String id = json(get("/reelgate/v1/tasks?limit=1", ALICE)).path("tasks").path(0).path("id").asText();
    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/tasks/{id}", get("/reelgate/v1/tasks/" + id, ALICE));
    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/tasks/{id}", get("/reelgate/v1/tasks/unknown", ALICE));
    HttpResponse<String> reading = get("/reelgate/v1/camera?prompt=Boats%20%5BPan%20left,Pedestal%20up%5D%20%5BPan%20sideways%5D", ALICE);
    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/camera", reading);
    assertThat(json(reading).path("segments").path(0).path("moves").toString()).isEqualTo("[\"Pan left\",\"Pedestal up\"]");
    CONTRACT.assertExamplesMatchTheirSchemas();
  }

  @Test
  void the_example_photos_are_small_jpegs_the_api_accepts() throws Exception {
    for (String name : List.of("lighthouse.jpg", "mountains.jpg", "city.jpg")) {
      HttpResponse<byte[]> photo =
          send(HttpRequest.newBuilder(uri("/web/examples/" + name)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(photo.statusCode()).as(name).isEqualTo(200);
      assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
      assertThat(photo.body().length).as(name + " in bytes").isLessThan(150_000);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
      assertThat(image.getWidth() * 9).as(name + " is 16:9").isEqualTo(image.getHeight() * 16);
      HttpResponse<String> created = post("/v3/async/minimax-hailuo-2.3-i2v", ALICE,
          body("prompt", "example", "image", dataUri("image/jpeg", photo.body()), "duration", 6, "resolution", "768P"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }
    assertThat(get("/web/examples/..%2F..%2Fopenapi%2Fnovita.json", null).statusCode()).isEqualTo(404);
  }

  @Test
  void docs_offer_the_extensions_document_in_the_viewer() {
    HttpResponse<String> document = get(DocsRoutes.EXTENSIONS, null);
    HttpResponse<String> docs = get("/docs", null);

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(json(document).path("paths").has("/reelgate/v1/tasks/{id}")).isTrue();
    assertThat(docs.body()).contains("<option value=\"" + DocsRoutes.EXTENSIONS + "\">");
  }

  private static void assertRefused(String path, String field) {
    HttpResponse<String> response = get(path, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json(response).path("error").path("field").asText()).isEqualTo(field);
    CONTRACT.assertResponseMatches("GET", "/reelgate/v1/price", response);
  }
}
