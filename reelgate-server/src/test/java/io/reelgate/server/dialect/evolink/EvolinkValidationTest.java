package io.reelgate.server.dialect.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every invalid create request answers 400 in Evolink's envelope, {@code {"error": {"code": 400,
 * "type": "invalid_request_error", "param": <wire field>, "message": ...}}}, naming the field by
 * its Evolink name.
 */
@TinyRenders
class EvolinkValidationTest extends EvolinkServer {
  private static final String FAST = "MiniMax-Hailuo-2.3-Fast";
  private static final String HAILUO_23 = "MiniMax-Hailuo-2.3";
  private static final String HAILUO_02 = "MiniMax-Hailuo-02";
  private static final String PHOTO = photo("hubble_deep_field.jpg");
  private static final String NOT_A_PICTURE =
      dataUri("image/png", "just some text, not a picture".getBytes(StandardCharsets.UTF_8));

  @Test
  void missing_model_is_refused() {
    assertRefused(create(ALICE, body("prompt", "a cat")), "model");
  }

  @Test
  void unknown_model_is_refused() {
    JsonNode error = assertRefused(create(ALICE, body("model", "MiniMax-Hailuo-9", "prompt", "a cat")), "model");
    assertThat(error.path("message").asText()).contains("MiniMax-Hailuo-9");
  }

  @Test
  void model_of_another_dialect_is_unknown_here() {
    assertRefused(create(ALICE, body("model", "reelgate-motion", "prompt", "a cat")), "model");
  }

  @Test
  void missing_prompt_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23)), "prompt");
  }

  @Test
  void prompt_may_be_left_out_with_an_image_as_evolink_documents() {
    HttpResponse<String> response = create(ALICE, body("model", FAST, "image_urls", List.of(PHOTO)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("status").asText()).isEqualTo("pending");
  }

  @Test
  void prompt_of_2001_characters_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a".repeat(2001))), "prompt");
  }

  @Test
  void three_image_urls_are_refused() {
    assertRefused(
        create(ALICE, body("model", HAILUO_02, "prompt", "a cat", "image_urls", List.of(PHOTO, PHOTO, PHOTO))),
        "image_urls");
  }

  @Test
  void first_image_that_is_not_a_picture_is_refused_as_image_urls_0() {
    assertRefused(create(ALICE, body("model", FAST, "prompt", "a cat", "image_urls", List.of(NOT_A_PICTURE))), "image_urls[0]");
  }

  @Test
  void last_image_that_is_not_a_picture_is_refused_as_image_urls_1() {
    assertRefused(
        create(ALICE, body("model", HAILUO_02, "prompt", "a cat", "image_urls", List.of(PHOTO, NOT_A_PICTURE))),
        "image_urls[1]");
  }

  @Test
  void image_with_a_short_side_of_300_is_refused_as_image_urls_0() {
    assertRefused(
        create(ALICE, body("model", FAST, "prompt", "a cat", "image_urls", List.of(photo("short_side_300.jpg")))),
        "image_urls[0]");
  }

  @Test
  void image_url_that_cannot_be_fetched_is_refused_as_image_urls_0() {
    assertRefused(
        create(ALICE, body("model", FAST, "prompt", "a cat", "image_urls", List.of("http://127.0.0.1:1/cat.jpg"))),
        "image_urls[0]");
  }

  @Test
  void empty_image_url_is_refused() {
    assertRefused(create(ALICE, body("model", FAST, "prompt", "a cat", "image_urls", List.of(" "))), "image_urls[0]");
  }

  @Test
  void quality_1080p_with_duration_10_is_refused() {
    JsonNode error =
        assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "quality", "1080p", "duration", 10)), "duration");
    assertThat(error.path("message").asText()).contains("1080P");
  }

  @Test
  void unknown_quality_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "quality", "720p")), "quality");
  }

  @Test
  void duration_7_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "duration", 7)), "duration");
  }

  @Test
  void hailuo_23_fast_without_an_image_is_refused() {
    JsonNode error = assertRefused(create(ALICE, body("model", FAST, "prompt", "a cat")), "image_urls");
    assertThat(error.path("message").asText()).contains("image-to-video only");
  }

  @Test
  void hailuo_23_with_a_last_frame_is_refused_as_image_urls_1() {
    assertRefused(
        create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "image_urls", List.of(PHOTO, PHOTO))), "image_urls[1]");
  }

  @Test
  void duration_given_as_a_string_is_refused() {
    JsonNode error = assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "duration", "6")), "duration");
    assertThat(error.path("message").asText()).isEqualTo("duration: must be an integer");
  }

  @Test
  void quality_given_as_a_number_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "quality", 768)), "quality");
  }

  @Test
  void prompt_given_as_a_number_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", 42)), "prompt");
  }

  @Test
  void image_urls_given_as_a_string_is_refused() {
    assertRefused(create(ALICE, body("model", FAST, "prompt", "a cat", "image_urls", PHOTO)), "image_urls");
  }

  @Test
  void image_url_given_as_a_number_is_refused_naming_its_position() {
    assertRefused(create(ALICE, body("model", FAST, "prompt", "a cat", "image_urls", List.of(42))), "image_urls[0]");
  }

  @Test
  void model_params_given_as_a_string_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "model_params", "fast")), "model_params");
  }

  @Test
  void prompt_optimizer_given_as_a_string_is_refused_under_its_full_name() {
    assertRefused(
        create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "model_params", Map.of("prompt_optimizer", "yes"))),
        "model_params.prompt_optimizer");
  }

  @Test
  void callback_url_that_is_not_an_http_url_is_refused() {
    assertRefused(
        create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "callback_url", "ftp://hooks.example.com/x")), "callback_url");
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "callback_url", "not a url")), "callback_url");
  }

  @Test
  void callback_url_given_as_an_object_is_refused() {
    assertRefused(create(ALICE, body("model", HAILUO_23, "prompt", "a cat", "callback_url", Map.of("url", "x"))), "callback_url");
  }

  @Test
  void body_that_is_not_an_object_is_refused() {
    HttpResponse<String> response = create(ALICE, "[1, 2]");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("error").path("code").asInt()).isEqualTo(400);
  }

  @Test
  void every_documented_field_is_taken_with_quality_in_either_case_and_unknown_fields_ignored() {
    HttpResponse<String> response =
        create(
            ALICE,
            body(
                "model", "MiniMax-Hailuo-02",
                "prompt", "A lighthouse at dawn [Push in]",
                "quality", "768P",
                "duration", 10,
                "model_params", Map.of("prompt_optimizer", false, "seed", 7),
                "callback_url", "https://hooks.example.com/evolink",
                "aspect_ratio", "16:9"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode created = json(response);
    assertThat(created.path("task_info").path("video_duration").asInt()).isEqualTo(10);
    assertThat(created.path("model").asText()).isEqualTo("MiniMax-Hailuo-02");
  }

  private static JsonNode assertRefused(HttpResponse<String> response, String param) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json(response).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(400);
    assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.path("param").asText()).isEqualTo(param);
    assertThat(error.path("message").asText()).startsWith(param + ":");
    return error;
  }
}
