package io.reelgate.server.dialect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the OpenAI create, refused with 400 in OpenAI's envelope, {@code param} naming the wire field. */
@TinyRenders
class OpenAiValidationTest extends RunningServer {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"model\": \"reelgate-motion\"}                                   | prompt           | is required",
        "{\"prompt\": \"a\", \"size\": \"1792x1024\"}                       | size             | 1280x720, 720x1280",
        "{\"prompt\": \"a\", \"size\": \"big\"}                             | size             | Reelgate does not make 'big'",
        "{\"prompt\": \"a\", \"model\": \"MiniMax-Hailuo-2.3\", \"size\": \"1280x720\"} | size | 720P is not offered by MiniMax-Hailuo-2.3",
        "{\"prompt\": \"a\", \"seconds\": \"16\"}                           | seconds          | must be 4, 6, 8, 10 or 12",
        "{\"prompt\": \"a\", \"seconds\": \"six\"}                          | seconds          | whole number of seconds",
        "{\"prompt\": \"a\", \"seconds\": true}                             | seconds          | string of whole seconds",
        "{\"prompt\": \"a\", \"model\": \"gpt-4o\"}                         | model            | Reelgate makes",
        "{\"prompt\": \"a\", \"model\": \"MiniMax-Hailuo-2.3-Fast\", \"size\": \"1366x768\"} | input_reference | image-to-video only",
        "{\"prompt\": \"a\", \"input_reference\": {\"file_id\": \"file_1\"}} | input_reference.file_id | no Files API",
        "{\"prompt\": \"a\", \"input_reference\": {\"image_url\": \" \"}}   | input_reference.image_url | is empty",
        "{\"prompt\": \"a\", \"input_reference\": \"data:text/plain;base64,aGk=\"} | input_reference | must hold an image",
      })
  void a_refused_create_names_its_field(String body, String param, String says) {
    HttpResponse<String> refused = post("/v1/videos", ALICE, body);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = json(refused).path("error");
    assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.path("code").asText()).isEqualTo("invalid_value");
    assertThat(error.path("param").asText()).isEqualTo(param);
    assertThat(error.path("message").asText()).contains(says);
  }

  @ParameterizedTest
  @CsvSource({"limit=0, limit", "limit=101, limit", "limit=x, limit", "order=up, order", "after=video_0, after"})
  void a_refused_list_names_its_parameter(String query, String param) {
    HttpResponse<String> refused = get("/v1/videos?" + query, ALICE);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json(refused).path("error").path("param").asText()).isEqualTo(param);
  }

  @ParameterizedTest
  @CsvSource({"?variant=poster, 400, variant", "'', 409, ", "/../remix, 409, "})
  void content_and_remix_of_a_video_not_completed_or_an_unknown_variant_are_refused(String tail, int status, String param) {
    String id = json(post("/v1/videos", ALICE, body("prompt", "Waves"))).path("id").asText();
    HttpResponse<String> refused =
        tail.equals("/../remix")
            ? post("/v1/videos/" + id + "/remix", ALICE, body("prompt", "More waves"))
            : get("/v1/videos/" + id + "/content" + tail, ALICE);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
    if (param != null) assertThat(json(refused).path("error").path("param").asText()).isEqualTo(param);
  }
}
