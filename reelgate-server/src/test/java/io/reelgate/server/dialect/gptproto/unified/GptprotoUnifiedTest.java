package io.reelgate.server.dialect.gptproto.unified;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GPTProto's unified video API over real HTTP: keys, models, fields and the tasks' own fields,
 * every answer checked against {@code /openapi/gptproto-unified.json}.
 */
@TinyRenders
class GptprotoUnifiedTest extends GptprotoUnifiedServer {
  @ParameterizedTest
  @ValueSource(strings = {"bearer", "bare"})
  void key_is_taken_with_bearer_or_bare(String form) {
    String authorization = form.equals("bearer") ? "Bearer " + ALICE : ALICE;

    HttpResponse<String> created = create(authorization, textBody("minimax/hailuo-2.3-standard"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
    assertThat(read("/api/v3/tasks/result/" + json(created).path("id").asText(), authorization).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({
    "hailuo-2.3-fast, model",
    "minimax/hailuo-02, model",
    "kling/kling-v3.0-pro, model",
    "minimax/MiniMax-Hailuo-2.3, model"
  })
  void model_other_than_a_minimax_hailuo_slug_is_400_naming_model(String model, String field) {
    HttpResponse<String> refused = create(bearer(ALICE), textBody(model));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").path("message").asText()).startsWith(field + ": ").contains("minimax/hailuo-2.3-fast");
  }

  @ParameterizedTest
  @ValueSource(strings = {"720p", "768p", "768P", "1080p", "720P"})
  void documented_resolutions_in_either_case_are_accepted(String resolution) {
    HttpResponse<String> created =
        create(bearer(ALICE), body("model", "minimax/hailuo-2.3-fast", "prompt", "a cat", "duration", 6, "resolution", resolution));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
  }

  @ParameterizedTest
  @CsvSource({
    "minimax/hailuo-2.3-fast, 540p, 6, resolution",
    "minimax/hailuo-2.3-fast, 4K, 6, resolution",
    "minimax/hailuo-2.3-pro, 720p, 6, resolution",
    "minimax/hailuo-2.3-fast, 1080p, 10, duration",
    "minimax/hailuo-2.3-standard, 720p, 5, duration"
  })
  void resolution_or_duration_outside_the_model_s_table_is_400_with_the_table(String model, String resolution, int duration, String field) {
    HttpResponse<String> refused =
        create(bearer(ALICE), body("model", model, "prompt", "a cat", "duration", duration, "resolution", resolution));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").path("message").asText()).startsWith(field + ": ").contains(model + " allows");
  }

  @Test
  void fields_hailuo_ignores_are_accepted_and_ignored() {
    String body =
        """
        {"model": "minimax/hailuo-2.3-fast", "prompt": "a cat [Pan left]", "aspect_ratio": "21:9", "size": "1280x720",
         "seed": 7, "negative_prompt": "dogs", "generate_audio": null, "colour": "red",
         "input_references": [{"type": "video_url", "image_url": {"url": "https://example.com/a.mp4"}}],
         "provider": {"options": {"minimax": {"parameters": {"go_fast": true, "enable_sync_mode": true}}, "kling": {"parameters": {}}}}}""";

    HttpResponse<String> created = create(bearer(ALICE), body);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
    assertThat(json(created).path("status").asText()).isEqualTo("pending");
  }

  @Test
  void text_to_video_mode_ignores_the_frames_and_auto_mode_needs_no_frames() {
    String frames = "[{\"type\": \"image_url\", \"frame_type\": \"first_frame\", \"image_url\": {\"url\": \"not a picture\"}}]";

    HttpResponse<String> textMode =
        create(bearer(ALICE), "{\"model\": \"minimax/hailuo-2.3-fast\", \"prompt\": \"a cat\", \"mode\": \"text-to-video\", \"frame_images\": " + frames + "}");

    assertThat(textMode.statusCode()).as(textMode.body()).isEqualTo(202);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"mode\": \"image-to-video\"| frame_images: ",
        "\"mode\": \"reference-to-video\"| mode: ",
        "\"duration\": \"6\"| duration: must be an integer",
        "\"prompt\": \"\"| prompt: ",
        "\"frame_images\": {}| frame_images: must be an array",
        "\"frame_images\": [\"https://example.com/a.jpg\"]| frame_images[0]: must be an object",
        "\"frame_images\": [{\"type\": \"image_url\", \"frame_type\": \"middle_frame\", \"image_url\": {\"url\": \"https://example.com/a.jpg\"}}]| frame_images[0].frame_type: ",
        "\"frame_images\": [{\"type\": \"url\", \"frame_type\": \"first_frame\", \"image_url\": {\"url\": \"https://example.com/a.jpg\"}}]| frame_images[0].type: ",
        "\"frame_images\": [{\"type\": \"image_url\", \"frame_type\": \"first_frame\"}]| frame_images[0].image_url.url: ",
        "\"frame_images\": [{\"type\": \"image_url\", \"frame_type\": \"first_frame\", \"image_url\": {\"url\": 7}}]| frame_images[0].image_url.url: must be a string",
        "\"frame_images\": [{\"type\": \"image_url\", \"frame_type\": \"first_frame\", \"image_url\": {\"url\": \"data:image/png;base64,AAAA\"}}]| frame_images[0].image_url.url: ",
        "\"frame_images\": [{\"type\": \"image_url\", \"frame_type\": \"last_frame\", \"image_url\": {\"url\": \"https://example.com/a.jpg\"}}]| frame_images: has a last_frame without",
        "\"provider\": {\"options\": {\"minimax\": {\"parameters\": {\"enable_prompt_expansion\": \"no\"}}}}| provider.options.minimax.parameters.enable_prompt_expansion: ",
        "\"provider\": {\"options\": []}| provider.options: "
      })
  void broken_field_is_400_naming_it(String field, String messageStart) {
    String body = "{\"model\": \"minimax/hailuo-2.3-fast\", \"prompt\": \"a cat\", " + field + "}";
    body = body.replace("\"prompt\": \"a cat\", \"prompt\"", "\"prompt\"");

    HttpResponse<String> refused = create(bearer(ALICE), body);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json(refused).path("error").path("message").asText()).startsWith(messageStart.strip());
  }

  @Test
  void body_that_is_not_a_json_object_is_400() {
    HttpResponse<String> refused = create(bearer(ALICE), "[1, 2]");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("error").path("code").asInt()).isEqualTo(400);
  }

  @Test
  void task_is_read_only_through_this_api() {
    String id = json(create(bearer(ALICE), textBody("minimax/hailuo-2.3-fast"))).path("id").asText();

    assertThat(send(HttpRequest.newBuilder(uri("/api/v3/predictions/" + id + "/result")).GET(), ALICE).statusCode()).isEqualTo(404);
    HttpResponse<String> perModel =
        send(jsonPost("/api/v3/minimax/hailuo-2.3-fast/text-to-video", body("prompt", "a cat", "duration", 6)), ALICE);
    String prediction = json(perModel).path("data").path("id").asText();
    HttpResponse<String> unknown = read("/api/v3/videos/" + prediction, bearer(ALICE));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("error").path("code").asInt()).isEqualTo(404);
  }

  @Test
  void cancelled_task_says_why_and_is_cancelled_natively_too() {
    String id = json(create(bearer(ALICE), textBody("minimax/hailuo-2.3-standard"))).path("id").asText();

    HttpResponse<String> cancelled = cancel(id);

    assertThat(json(cancelled).path("error").asText()).as(cancelled.body()).isNotEmpty();
    assertThat(json(read("/api/v3/tasks/result/" + id, bearer(ALICE))).path("native_status").asText()).isEqualTo("cancelled");
  }

  @Test
  void served_document_is_the_one_the_tests_check_against_and_lists_the_slugs_served() {
    HttpResponse<String> served = get("/openapi/gptproto-unified.json", null);

    assertThat(json(served)).isEqualTo(CONTRACT.document());
    assertThat(CONTRACT.operations())
        .containsExactlyInAnyOrder("POST /api/v3/videos", "GET /api/v3/tasks/result/{id}", "GET /api/v3/videos/{id}",
            "POST /api/v3/videos/{id}/cancel");
    List<String> documented = JSON.convertValue(CONTRACT.document().at("/components/schemas/VideoRequest/properties/model/enum"), List.class);
    assertThat(documented).containsExactlyElementsOf(UnifiedVideoRequest.slugs());
  }

  // ---------------------------------------------------------------------------------------------

  private static HttpResponse<String> cancel(String id) {
    String path = "/api/v3/videos/" + id + "/cancel";
    return conforming("POST", path, send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), bearer(ALICE)));
  }
}
