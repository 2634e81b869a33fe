package io.reelgate.server.dialect.minimax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every invalid request answers HTTP 200 with {@code base_resp.status_code} 2013 and a {@code
 * status_msg} that names the wire field, as MiniMax does.
 */
@TinyRenders
class MiniMaxValidationTest extends MiniMaxServer {
  private static final String GOOD_PHOTO = photo("astronaut.png");

  @Test
  void missing_prompt_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "prompt", null), "prompt");
  }

  @Test
  void prompt_may_be_left_out_with_a_first_frame() {
    HttpResponse<String> response = request("MiniMax-Hailuo-2.3-Fast", "prompt", null, "first_frame_image", GOOD_PHOTO);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("base_resp").path("status_code").asInt()).as(response.body()).isZero();
    assertThat(json(response).path("task_id").asText()).matches("\\d{19}");
  }

  @Test
  void prompt_of_2001_characters_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "prompt", "a".repeat(2001)), "prompt");
  }

  @Test
  void prompt_given_as_a_number_is_refused() {
    JsonNode error = assertRefused(request("MiniMax-Hailuo-2.3", "prompt", 42), "prompt");
    assertThat(error.path("status_msg").asText()).isEqualTo("invalid params, prompt: must be a string");
  }

  @Test
  void missing_model_is_refused() {
    assertRefused(create(ALICE, body("prompt", "a cat")), "model");
  }

  @Test
  void unknown_model_is_refused() {
    assertRefused(request("MiniMax-Hailuo-9", "prompt", "a cat"), "model");
  }

  @Test
  void model_of_another_dialect_is_unknown_here() {
    assertRefused(request("gptproto/hailuo-2.3-pro", "prompt", "a cat"), "model");
    assertRefused(request("reelgate-motion", "prompt", "a cat"), "model");
  }

  @Test
  void hailuo_23_fast_without_first_frame_image_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3-Fast", "prompt", "a cat"), "first_frame_image");
  }

  @Test
  void first_frame_image_that_is_not_a_picture_is_refused() {
    String text = dataUri("image/png", "just some text, not a picture".getBytes(StandardCharsets.UTF_8));
    assertRefused(request("MiniMax-Hailuo-2.3-Fast", "first_frame_image", text), "first_frame_image");
  }

  @Test
  void first_frame_image_with_a_short_side_of_300_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3-Fast", "first_frame_image", photo("short_side_300.jpg")), "first_frame_image");
  }

  @Test
  void first_frame_image_given_as_an_array_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3-Fast", "first_frame_image", new String[] {GOOD_PHOTO}), "first_frame_image");
  }

  @Test
  void last_frame_image_without_first_frame_image_is_refused() {
    assertRefused(request("MiniMax-Hailuo-02", "last_frame_image", GOOD_PHOTO), "last_frame_image");
  }

  @Test
  void last_frame_image_on_hailuo_23_is_refused() {
    assertRefused(
        request("MiniMax-Hailuo-2.3", "first_frame_image", GOOD_PHOTO, "last_frame_image", GOOD_PHOTO), "last_frame_image");
  }

  @Test
  void last_frame_image_that_is_too_wide_is_refused() {
    assertRefused(
        request("MiniMax-Hailuo-02", "first_frame_image", GOOD_PHOTO, "last_frame_image", photo("aspect_3to1.jpg")),
        "last_frame_image");
  }

  @Test
  void resolution_512P_with_a_last_frame_is_refused() {
    JsonNode error =
        assertRefused(
            request("MiniMax-Hailuo-02", "first_frame_image", GOOD_PHOTO, "last_frame_image", GOOD_PHOTO, "resolution", "512P"),
            "resolution");
    assertThat(error.path("status_msg").asText()).contains("512P");
  }

  @Test
  void resolution_512P_without_a_first_frame_is_refused() {
    assertRefused(request("MiniMax-Hailuo-02", "resolution", "512P"), "resolution");
  }

  @Test
  void resolution_512P_on_hailuo_23_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "first_frame_image", GOOD_PHOTO, "resolution", "512P"), "resolution");
  }

  @Test
  void unknown_resolution_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "resolution", "4K"), "resolution");
  }

  @Test
  void resolution_1080P_with_duration_10_is_refused() {
    JsonNode error = assertRefused(request("MiniMax-Hailuo-2.3", "resolution", "1080P", "duration", 10), "duration");
    assertThat(error.path("status_msg").asText()).contains("1080P");
  }

  @Test
  void duration_7_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "duration", 7), "duration");
  }

  @Test
  void duration_given_as_a_string_is_refused() {
    JsonNode error = assertRefused(request("MiniMax-Hailuo-2.3", "duration", "6"), "duration");
    assertThat(error.path("status_msg").asText()).isEqualTo("invalid params, duration: must be an integer");
  }

  @Test
  void prompt_optimizer_given_as_a_string_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "prompt_optimizer", "yes"), "prompt_optimizer");
  }

  @Test
  void fast_pretreatment_given_as_a_number_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "fast_pretreatment", 1), "fast_pretreatment");
  }

  @Test
  void aigc_watermark_given_as_a_string_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "aigc_watermark", "true"), "aigc_watermark");
  }

  @Test
  void callback_url_that_is_not_http_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "callback_url", "ftp://example.com/hook"), "callback_url");
  }

  @Test
  void callback_url_that_is_not_a_url_is_refused() {
    assertRefused(request("MiniMax-Hailuo-2.3", "callback_url", "my server"), "callback_url");
  }

  @Test
  void callback_url_and_aigc_watermark_are_accepted() {
    JsonNode answer =
        json(request("MiniMax-Hailuo-2.3", "callback_url", "https://example.com/minimax/hook", "aigc_watermark", true));
    assertThat(answer.path("base_resp").path("status_code").asInt()).as(answer.toString()).isZero();
    assertThat(answer.path("base_resp").path("status_msg").asText()).isEqualTo("success");
    assertThat(answer.path("task_id").asText()).matches("[0-9]{19}");
  }

  @Test
  void query_without_task_id_is_refused() {
    assertRefused(query(null, ALICE), "task_id");
  }

  @Test
  void query_of_an_unknown_task_answers_2013_not_found() {
    JsonNode error = json(query("1234567890123456789", ALICE)).path("base_resp");
    assertThat(error.path("status_code").asInt()).isEqualTo(2013);
    assertThat(error.path("status_msg").asText()).isEqualTo("invalid params, task not found: 1234567890123456789");
  }

  @Test
  void retrieve_without_file_id_is_refused() {
    assertRefused(retrieve(null, ALICE), "file_id");
  }

  @Test
  void retrieve_of_a_task_not_finished_answers_file_not_found() {
    String taskId = accepted(ALICE, body("model", "MiniMax-Hailuo-2.3", "prompt", "a slow sunrise", "duration", 10));
    JsonNode error = json(retrieve(taskId, ALICE)).path("base_resp");
    assertThat(error.path("status_code").asInt()).isEqualTo(2013);
    assertThat(error.path("status_msg").asText()).isEqualTo("invalid params, file not found: " + taskId);
  }

  /** A create body for {@code model} with "a cat" as prompt, then the given fields (null removes one). */
  private static HttpResponse<String> request(String model, Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("model", model);
    fields.put("prompt", "a cat");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    fields.values().removeIf(v -> v == null);
    Object[] flat = fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    return create(ALICE, body(flat));
  }

  private static JsonNode assertRefused(HttpResponse<String> response, String field) {
    JsonNode baseResp = json(response).path("base_resp");
    assertThat(baseResp.path("status_code").asInt()).as(response.body()).isEqualTo(2013);
    assertThat(baseResp.path("status_msg").asText()).startsWith("invalid params, " + field + ": ");
    assertThat(json(response).has("task_id")).isFalse();
    return baseResp;
  }
}
