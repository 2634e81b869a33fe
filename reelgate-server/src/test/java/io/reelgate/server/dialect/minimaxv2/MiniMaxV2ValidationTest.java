package io.reelgate.server.dialect.minimaxv2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented examples of MiniMax's V2 create (text with a ratio, a first frame, first and last
 * frames, reference pictures) are accepted and read back as MiniMax's task object, and every rule
 * of the V2 create is refused with 400 in its envelope, naming the wire field.
 */
@TinyRenders
class MiniMaxV2ValidationTest extends RunningServer {
  private static final String CREATE = "/v2/video_generation";
  private static final OpenApiContract CONTRACT = OpenApiContract.forDialect(MiniMaxV2Dialect.NAME);
  private static final String PICTURE = png(480, 320);

  @Test
  void text_with_a_ratio_is_accepted_and_queried_as_the_documented_task_object() {
    String id = accepted(with(create(text("A lighthouse at dawn")), "duration", 6, "resolution", "2K", "ratio", "9:16"));

    JsonNode task = json(conforming("GET", "/v2/query/video_generation/" + id, get("/v2/query/video_generation/" + id, ALICE)))
        .path("task");
    assertThat(task.path("id").asText()).isEqualTo(id);
    assertThat(task.path("model").asText()).isEqualTo("MiniMax-H3");
    assertThat(task.path("status").asText()).isIn("queued", "running", "succeeded");
    assertThat(task.path("resolution").asText()).isEqualTo("2K");
    assertThat(task.path("duration").asInt()).isEqualTo(6);
    assertThat(task.path("ratio").asText()).isEqualTo("9:16");
    assertThat(task.at("/content/prompt").asText()).isEqualTo("A lighthouse at dawn");
  }

  @Test
  void text_alone_takes_16_9_and_the_defaults() {
    String id = accepted(create(text("a harbour")));

    JsonNode task = json(get("/v2/query/video_generation/" + id, ALICE)).path("task");
    assertThat(task.path("ratio").asText()).isEqualTo("16:9");
    assertThat(task.path("resolution").asText()).isEqualTo("768P");
    assertThat(task.path("duration").asInt()).isEqualTo(5);
  }

  @Test
  void frames_and_references_are_accepted_at_both_hosts() {
    accepted(create(text("a cat"), image(PICTURE, null)));
    accepted(create(text("a cat"), image(PICTURE, "first_frame"), image(png(480, 320), "last_frame")));
    String id = accepted(post("/v3/minimax/v2/video_generation", ALICE,
        with(create(text("a cat"), image(PICTURE, "reference_image"), image(png(320, 480), "reference_image")), "ratio", "adaptive")));

    JsonNode task = json(get("/v3/minimax/v2/query/video_generation/" + id, ALICE)).path("task");
    assertThat(task.path("ratio").asText()).isIn("adaptive", "3:2", "4:3", "16:9");
  }

  @Test
  void the_list_pages_the_keys_tasks_of_this_api() {
    String id = accepted(create(text("listed")));

    JsonNode page = json(conforming("GET", "/v2/query/video_generation", get("/v2/query/video_generation?page_num=1&page_size=100", ALICE)));
    assertThat(page.path("tasks").findValuesAsText("id")).contains(id);
    assertThat(page.path("page_size").asInt()).isEqualTo(100);
  }

  static Stream<Arguments> refusals() {
    Map<String, Object> reference = image(PICTURE, "reference_image");
    Map<String, Object> video = Map.of("type", "video_url", "video_url", Map.of("url", "https://example.com/a.mp4"), "role", "reference_video");
    Map<String, Object> audio = Map.of("type", "audio_url", "audio_url", Map.of("url", "https://example.com/a.mp3"), "role", "reference_audio");
    List<Object> tenReferences = new ArrayList<>(List.of(text("x")));
    for (int i = 0; i < 10; i++) tenReferences.add(reference);
    return Stream.of(
        Arguments.of(body("model", "MiniMax-H3"), "content: is required"),
        Arguments.of(body("model", "MiniMax-H4", "content", List.of(text("x"))), "model: unknown model 'MiniMax-H4'"),
        Arguments.of(body("content", List.of(text("x"))), "model: is required"),
        Arguments.of(create(image(PICTURE, null)), "text: is required"),
        Arguments.of(create(text("x"), text("y")), "content[1]: a second text item"),
        Arguments.of(create(text(" ")), "content[0].text: is required and must not be blank"),
        Arguments.of(create(text("x".repeat(7001))), "text: is 7001 characters long; at most 7000"),
        Arguments.of(create(Map.of("type", "gif_url")), "content[0].type: must be text, image_url, video_url or audio_url"),
        Arguments.of(create(Map.of("text", "x")), "content[0].type: is required"),
        Arguments.of(create(text("x"), Map.of("type", "image_url")), "content[1].image_url.url: is required"),
        Arguments.of(create(text("x"), image(PICTURE, "cover")), "content[1].role: an image's role is"),
        Arguments.of(create(text("x"), image(PICTURE, null), image(PICTURE, null)), "content[1].role: is required when"),
        Arguments.of(create(text("x"), image(PICTURE, "first_frame"), image(PICTURE, "first_frame")), "content[2].role: a second first_frame"),
        Arguments.of(create(text("x"), image(PICTURE, "last_frame"), image(PICTURE, "last_frame")), "content[2].role: a second last_frame"),
        Arguments.of(create(text("x"), Map.of("type", "video_url", "video_url", Map.of("url", "u"), "role", "first_frame")),
            "content[1].role: must be reference_video"),
        Arguments.of(create(text("x"), Map.of("type", "audio_url", "audio_url", Map.of("url", "u"), "role", "reference_video")),
            "content[1].role: must be reference_audio"),
        Arguments.of(create(text("x"), image(PICTURE, "last_frame")), "last_frame: needs image"),
        Arguments.of(create(text("x"), image(PICTURE, "first_frame"), reference), "reference_image: cannot be combined with first_frame"),
        Arguments.of(create(tenReferences.toArray()), "reference_image: at most 9 reference images are taken; got 10"),
        Arguments.of(create(text("x"), video, video, video, video), "reference_video: at most 3 reference videos are taken; got 4"),
        Arguments.of(create(text("x"), reference, audio, audio, audio, audio), "reference_audio: at most 3 reference audios are taken; got 4"),
        Arguments.of(create(text("x"), audio), "reference_audio: needs a reference_image or reference_video"),
        Arguments.of(with(create(text("x")), "duration", 3), "duration: must be 4-15 whole seconds; got 3"),
        Arguments.of(with(create(text("x")), "duration", 16), "duration: must be 4-15 whole seconds; got 16"),
        Arguments.of(with(create(text("x")), "resolution", "1080P"), "resolution: 1080P is not offered by MiniMax-H3"),
        Arguments.of(with(create(text("x")), "ratio", "adaptive"), "ratio: adaptive follows the picture's shape"),
        Arguments.of(with(create(text("x")), "ratio", "5:4"), "ratio: unknown ratio '5:4'"),
        Arguments.of(with(create(text("x")), "aigc_watermark", "yes"), "aigc_watermark: must be a boolean"),
        Arguments.of(with(create(text("x")), "callback_url", "ftp://x"), "callback_url:"),
        Arguments.of(with(create(text("x"), image(PICTURE, null)), "model", "MiniMax-H3-Max", "duration", 4),
            "duration: must be 5-15 whole seconds; got 4"),
        Arguments.of(with(create(text("x")), "model", "MiniMax-H3-Max"), "first_frame: MiniMax-H3-Max does not do text-to-video"),
        Arguments.of(with(create(text("x"), reference), "model", "MiniMax-H3-Max"), "reference_image: MiniMax-H3-Max does not take reference media"),
        Arguments.of(create(text("x"), image(png(200, 480), null)), "first_frame: short side is 200 px"),
        Arguments.of(create(text("x"), image(png(960, 320), "reference_image")), "content[1].image_url: aspect ratio is 3.00:1"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void every_rule_is_refused_in_the_v2_envelope_naming_the_field(String body, String message) {
    HttpResponse<String> refused = conforming("POST", CREATE, post(CREATE, ALICE, body));

    JsonNode error = json(refused);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(error.at("/error/type").asText()).isEqualTo("bad_request_error");
    assertThat(error.at("/error/http_code").asText()).isEqualTo("400");
    assertThat(error.at("/error/message").asText()).startsWith("invalid params, " + message).endsWith("(2013)");
  }

  @Test
  void novita_sells_only_minimax_h3() {
    HttpResponse<String> refused =
        post("/v3/minimax/v2/video_generation", ALICE, with(create(text("x"), image(PICTURE, null)), "model", "MiniMax-H3-Max"));

    assertThat(json(refused).at("/error/message").asText()).startsWith("invalid params, model: unknown model 'MiniMax-H3-Max'");
  }

  // ---------------------------------------------------------------------------------------------

  private static Map<String, Object> text(String text) {
    return Map.of("type", "text", "text", text);
  }

  private static Map<String, Object> image(String url, String role) {
    Map<String, Object> item = new LinkedHashMap<>(Map.of("type", "image_url", "image_url", Map.of("url", url)));
    if (role != null) item.put("role", role);
    return item;
  }

  /** A MiniMax-H3 body with these content items. */
  private static String create(Object... items) {
    return body("model", "MiniMax-H3", "content", List.of(items));
  }

  /** {@code json} with more fields set. */
  private static String with(String json, Object... namesAndValues) {
    try {
      var node = (ObjectNode) JSON.readTree(json);
      for (int i = 0; i < namesAndValues.length; i += 2) node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
      return node.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String accepted(String body) {
    return accepted(post(CREATE, ALICE, body));
  }

  private static String accepted(HttpResponse<String> created) {
    conforming("POST", CREATE, created);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    return json(created).path("task_id").asText();
  }

  private static HttpResponse<String> conforming(String method, String path, HttpResponse<String> response) {
    CONTRACT.assertResponseMatches(method, path, response);
    return response;
  }
}
