package io.reelgate.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a prompt's camera language was read, over real HTTP: {@code GET /reelgate/v1/camera} for a
 * prompt, and the {@code camera} of a task in {@code /reelgate/v1/tasks/{id}} and the task list,
 * with the same key rules as the other {@code /reelgate/v1} routes.
 */
class CameraReadingRoutesTest extends RunningServer {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "slowly [Push in], then quickly [Pan left]|10|"
            + "{\"segments\":[{\"start\":0.0,\"end\":5.0,\"moves\":[\"Push in\"],\"speed\":\"slow\"},"
            + "{\"start\":5.0,\"end\":10.0,\"moves\":[\"Pan left\"],\"speed\":\"quick\"}],\"warnings\":[],\"default\":false}",
        "A boat [Pan sideways]|6|"
            + "{\"segments\":[{\"start\":0.0,\"end\":6.0,\"moves\":[\"Push in\"],\"speed\":\"normal\"}],"
            + "\"warnings\":[\"[Pan sideways] is not a camera command; did you mean [Pan left] or [Pan right]?\"],\"default\":true}",
        "[Scene 1] a boat [Pedestal up,Zoom out] [Zoom]|6|"
            + "{\"segments\":[{\"start\":0.0,\"end\":6.0,\"moves\":[\"Pedestal up\",\"Zoom out\"],\"speed\":\"normal\"}],"
            + "\"warnings\":[\"[Zoom] is not a camera command; did you mean [Zoom in] or [Zoom out]?\"],\"default\":false}",
        "小船缓缓[左摇]，然后快速【推进】[向右摇]|6|"
            + "{\"segments\":[{\"start\":0.0,\"end\":3.0,\"moves\":[\"Pan left\"],\"speed\":\"slow\"},"
            + "{\"start\":3.0,\"end\":6.0,\"moves\":[\"Push in\"],\"speed\":\"quick\"}],"
            + "\"warnings\":[\"[向右摇] is not a camera command; did you mean [右摇]?\"],\"default\":false}",
      })
  void a_prompt_is_read_into_segments_speeds_and_warnings(String prompt, int duration, String reading) {
    HttpResponse<String> response =
        get("/reelgate/v1/camera?prompt=" + encoded(prompt) + "&duration=" + duration + "&prompt_expansion=false", ALICE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(reading);
  }

  @Test
  void with_prompt_expansion_words_are_read_and_without_it_they_are_not() {
    String prompt = encoded("The camera pans left over the bay");
    JsonNode expanded = json(get("/reelgate/v1/camera?prompt=" + prompt, ALICE));
    JsonNode plain = json(get("/reelgate/v1/camera?prompt=" + prompt + "&prompt_expansion=false", ALICE));

    assertThat(expanded.path("segments").get(0).path("moves").toString()).isEqualTo("[\"Pan left\"]");
    assertThat(expanded.path("default").asBoolean()).isFalse();
    assertThat(plain.path("segments").get(0).path("moves").toString()).isEqualTo("[\"Push in\"]");
    assertThat(plain.path("default").asBoolean()).isTrue();
  }

  @Test
  void the_camera_route_has_the_key_rules_and_names_a_bad_field() {
    assertThat(get("/reelgate/v1/camera?prompt=x", null).statusCode()).isEqualTo(401);
    for (String query : new String[] {"duration=0", "duration=six", "duration=61", "prompt_expansion=maybe"}) {
      HttpResponse<String> response = get("/reelgate/v1/camera?prompt=x&" + query, ALICE);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(json(response).path("error").path("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
    }
    HttpResponse<String> tooLong = get("/reelgate/v1/camera?prompt=" + "a".repeat(2001), ALICE);
    assertThat(json(tooLong).path("error").path("field").asText()).isEqualTo("prompt");
  }

  @Test
  void a_task_shows_its_reading_to_its_own_key_only() {
    HttpResponse<String> created =
        post(
            "/v3/async/minimax-hailuo-2.3-t2v",
            ALICE,
            body("prompt", "A harbour, dramatically [Truck left] [Pan sideways]", "duration", 6, "resolution", "768P"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String id = json(created).path("task_id").asText();

    HttpResponse<String> own = get("/reelgate/v1/tasks/" + id, ALICE);

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonNode task = json(own);
    assertThat(task.path("id").asText()).isEqualTo(id);
    JsonNode camera = task.path("camera");
    assertThat(camera.path("segments").toString())
        .isEqualTo("[{\"start\":0.0,\"end\":6.0,\"moves\":[\"Truck left\"],\"speed\":\"quick\"}]");
    assertThat(camera.path("warnings").get(0).asText()).startsWith("[Pan sideways] is not a camera command");
    assertThat(camera.path("default").asBoolean()).isFalse();

    JsonNode listed = json(get("/reelgate/v1/tasks?limit=100", ALICE)).path("tasks");
    for (JsonNode item : listed) {
      if (item.path("id").asText().equals(id)) assertThat(item.path("camera")).isEqualTo(camera);
    }
    assertThat(get("/reelgate/v1/tasks/" + id, BOB).statusCode()).isEqualTo(404);
    assertThat(get("/reelgate/v1/tasks/no-such-task", ALICE).statusCode()).isEqualTo(404);
    assertThat(get("/reelgate/v1/tasks/" + id, null).statusCode()).isEqualTo(401);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
