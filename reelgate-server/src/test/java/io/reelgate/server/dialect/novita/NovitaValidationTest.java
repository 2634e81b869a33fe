package io.reelgate.server.dialect.novita;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every invalid create request answers 400 in Novita's error shape, naming the field. */
@TinyRenders
class NovitaValidationTest extends RunningServer {
  private static final String FAST_I2V = "/v3/async/minimax-hailuo-2.3-fast-i2v";
  private static final String I2V = "/v3/async/minimax-hailuo-2.3-i2v";
  private static final String T2V = "/v3/async/minimax-hailuo-2.3-t2v";
  private static final String HAILUO_02 = "/v3/async/minimax-hailuo-02";
  private static final String GOOD_IMAGE = png(640, 480);

  @Test
  void missing_prompt_is_refused() {
    assertRefused(post(FAST_I2V, ALICE, body("image", GOOD_IMAGE)), "prompt");
  }

  @Test
  void prompt_of_2001_characters_is_refused() {
    assertRefused(post(T2V, ALICE, body("prompt", "a".repeat(2001))), "prompt");
  }

  @Test
  void image_that_is_not_a_picture_is_refused() {
    String text = dataUri("image/png", "just some text, not a picture".getBytes(StandardCharsets.UTF_8));
    assertRefused(post(FAST_I2V, ALICE, body("prompt", "a cat", "image", text)), "image");
  }

  @Test
  void image_with_bad_base64_is_refused() {
    assertRefused(post(FAST_I2V, ALICE, body("prompt", "a cat", "image", "data:image/png;base64,@@not*base64@@")), "image");
  }

  @Test
  void image_url_that_cannot_be_fetched_is_refused() {
    assertRefused(post(FAST_I2V, ALICE, body("prompt", "a cat", "image", "http://127.0.0.1:1/photo.jpg")), "image");
  }

  @Test
  void image_too_small_is_refused() {
    assertRefused(post(FAST_I2V, ALICE, body("prompt", "a cat", "image", photo("short_side_300.jpg"))), "image");
  }

  @Test
  void image_with_aspect_ratio_3_to_1_is_refused() {
    assertRefused(post(FAST_I2V, ALICE, body("prompt", "a cat", "image", photo("aspect_3to1.jpg"))), "image");
  }

  @Test
  void duration_7_is_refused() {
    assertRefused(post(T2V, ALICE, body("prompt", "a cat", "duration", 7)), "duration");
  }

  @Test
  void duration_given_as_a_string_is_refused_as_not_an_integer() {
    JsonNode error = assertRefused(post(T2V, ALICE, body("prompt", "a cat", "duration", "6")), "duration");
    assertThat(error.path("message").asText()).isEqualTo("duration: must be an integer");
  }

  @Test
  void boolean_given_as_a_string_is_refused() {
    assertRefused(post(T2V, ALICE, body("prompt", "a cat", "enable_prompt_expansion", "yes")), "enable_prompt_expansion");
  }

  @Test
  void resolution_1080P_with_duration_10_is_refused() {
    JsonNode error =
        assertRefused(post(T2V, ALICE, body("prompt", "a cat", "duration", 10, "resolution", "1080P")), "duration");
    assertThat(error.path("message").asText()).contains("1080P");
  }

  @Test
  void hailuo_23_fast_without_image_is_refused() {
    assertRefused(post(FAST_I2V, ALICE, body("prompt", "a cat")), "image");
  }

  @Test
  void hailuo_23_i2v_without_image_is_refused() {
    assertRefused(post(I2V, ALICE, body("prompt", "a cat")), "image");
  }

  @Test
  void end_image_without_image_is_refused() {
    assertRefused(post(HAILUO_02, ALICE, body("prompt", "a cat", "end_image", GOOD_IMAGE)), "end_image");
  }

  @Test
  void body_that_is_not_an_object_is_refused() {
    assertThat(post(T2V, ALICE, "[1, 2]").statusCode()).isEqualTo(400);
  }

  @Test
  void unknown_fields_are_ignored() {
    HttpResponse<String> response =
        post(T2V, ALICE, body("prompt", "a cat", "image", "not read by t2v", "seed", 42, "unknown_field", "x"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("task_id").asText()).matches("[0-9a-f-]{36}");
  }

  private static JsonNode assertRefused(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.path("code").asInt()).isEqualTo(400);
    assertThat(error.path("reason").asText()).isEqualTo("INVALID_REQUEST_BODY");
    assertThat(error.path("metadata").path("field").asText()).isEqualTo(field);
    assertThat(error.path("message").asText()).startsWith(field + ":");
    return error;
  }
}
