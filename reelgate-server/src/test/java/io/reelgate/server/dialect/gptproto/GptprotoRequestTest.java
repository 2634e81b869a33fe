package io.reelgate.server.dialect.gptproto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Keys, path parameters and fields: who may call, and every refusal in GPTProto's wrapper. */
@TinyRenders
class GptprotoRequestTest extends GptprotoServer {
  private static final String PROMPT = body("prompt", "a cat on a windowsill");

  @Test
  void bare_key_in_authorization_is_accepted() {
    HttpResponse<String> response = create("hailuo-02-fast", "text-to-video", ALICE, PROMPT);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("data").path("id").asText()).matches("[0-9a-f]{32}");
  }

  @Test
  void bearer_key_is_accepted_too() {
    assertThat(create("hailuo-02-fast", "text-to-video", "Bearer " + ALICE, PROMPT).statusCode()).isEqualTo(200);
  }

  @Test
  void key_reads_its_own_prediction() {
    String id = json(create("hailuo-2.3-standard", "text-to-video", ALICE, PROMPT)).path("data").path("id").asText();

    HttpResponse<String> response = resultOf(id, ALICE);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("data").path("id").asText()).isEqualTo(id);
    assertThat(json(response).path("data").path("model").asText()).isEqualTo("minimax/hailuo-2.3-standard/text-to-video");
  }

  @Test
  void unknown_model_in_the_path_is_400_naming_model() {
    HttpResponse<String> response = create("hailuo-9", "text-to-video", ALICE, PROMPT);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText())
        .startsWith("model: unknown model 'hailuo-9' in the path; known: hailuo-2.3-fast, hailuo-2.3-standard");
  }

  @Test
  void unknown_scene_in_the_path_is_400_naming_scene() {
    HttpResponse<String> response = create("hailuo-02-fast", "video-to-video", ALICE, PROMPT);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText())
        .isEqualTo("scene: unknown scene 'video-to-video' in the path; known: text-to-video, image-to-video");
  }

  @Test
  void image_to_video_without_image_is_400_naming_image() {
    HttpResponse<String> response = create("hailuo-02-fast", "image-to-video", ALICE, PROMPT);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isEqualTo("image: is required in the image-to-video scene");
  }

  @Test
  void text_to_video_ignores_image_fields() {
    HttpResponse<String> response =
        create("hailuo-02-fast", "text-to-video", ALICE, body("prompt", "a cat", "image", "not a picture", "end_image", 7));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("data").path("model").asText()).isEqualTo("minimax/hailuo-02-fast/text-to-video");
  }

  @Test
  void first_and_last_frames_are_accepted_in_the_image_to_video_scene() {
    HttpResponse<String> response =
        create(
            "hailuo-2.3-fast",
            "image-to-video",
            ALICE,
            body("prompt", "a slow push in", "image", photo("astronaut.png"), "end_image", photo("retina.jpg")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("data").path("model").asText()).isEqualTo("minimax/hailuo-2.3-fast/image-to-video");
  }

  @Test
  void picture_outside_the_rules_is_400_naming_its_field() {
    HttpResponse<String> response =
        create(
            "hailuo-02-standard",
            "image-to-video",
            ALICE,
            body("prompt", "a galaxy", "image", photo("astronaut.png"), "end_image", photo("short_side_300.jpg")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).startsWith("end_image: ");
  }

  @Test
  void missing_prompt_is_400_naming_prompt() {
    HttpResponse<String> response = create("hailuo-02-fast", "text-to-video", ALICE, body("duration", 6));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText()).isEqualTo("prompt: is required");
  }

  @Test
  void field_of_the_wrong_type_is_400_naming_it() {
    assertThat(json(create("hailuo-02-fast", "text-to-video", ALICE, body("prompt", "a cat", "duration", "6"))).path("message").asText())
        .isEqualTo("duration: must be an integer");
    assertThat(json(create("hailuo-02-fast", "text-to-video", ALICE, body("prompt", "a cat", "enable_sync_mode", "yes"))).path("message").asText())
        .isEqualTo("enable_sync_mode: must be a boolean (true or false)");
    assertThat(json(create("hailuo-02-fast", "text-to-video", ALICE, body("prompt", "a cat", "enable_prompt_expansion", 1))).path("message").asText())
        .isEqualTo("enable_prompt_expansion: must be a boolean (true or false)");
  }

  @Test
  void result_link_is_absolute_and_carries_the_key_it_is_read_with() {
    HttpResponse<String> created = create("hailuo-02-fast", "text-to-video", ALICE, PROMPT);
    String link = json(created).path("data").path("urls").path("get").asText();

    HttpResponse<String> withoutKey = send(HttpRequest.newBuilder(java.net.URI.create(link)).GET().build());

    assertThat(link).startsWith("http://localhost:" + server.port() + "/api/v3/predictions/");
    assertThat(withoutKey.statusCode()).isEqualTo(401);
  }

  @Test
  void sync_mode_answers_with_the_completed_prediction() {
    HttpResponse<String> created =
        create("hailuo-02-fast", "text-to-video", ALICE, body("prompt", "A lighthouse at dusk", "enable_sync_mode", true));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode data = json(created).path("data");
    assertThat(data.path("status").asText()).as(data.toString()).isEqualTo("completed");
    assertThat(data.path("outputs")).hasSize(1);
    HttpResponse<String> polled = result(data.path("urls").path("get").asText(), ALICE);
    assertThat(json(polled).path("data").path("status").asText()).isEqualTo("completed");
  }
}
