package io.reelgate.server.dialect.novita;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example requests of the Novita and HighwayAPI pages (seeds 000, 002, 003), each with a real
 * photo as a data URI where the page has a remote URL, are accepted and finish; every answer on
 * the way, errors included, has exactly the fields and types of {@code /openapi/novita.json}.
 */
@TinyRenders
class NovitaConformanceTest extends RunningServer {
  private static final OpenApiContract CONTRACT = OpenApiContract.forDialect("novita");
  private static final String TASK_RESULT = "/v3/async/task-result";
  private static final String HAILUO_02 = "/v3/async/minimax-hailuo-02";
  private static final String HAILUO_23_FAST_I2V = "/v3/async/minimax-hailuo-2.3-fast-i2v";
  private static final String HAILUO_23_I2V = "/v3/async/minimax-hailuo-2.3-i2v";
  private static final String HAILUO_23_T2V = "/v3/async/minimax-hailuo-2.3-t2v";

  @Test
  void hailuo_02_example_of_novitas_page_finishes_and_matches_the_document() {
    JsonNode result =
        createAndFinish(
            HAILUO_02,
            body(
                "image", photo("hubble_deep_field.jpg"),
                "prompt",
                    "A gentleman leans on a retro-futuristic car under a streetlight, zooming out revealing classic"
                        + " design elements in a timeless, nostalgic style.",
                "duration", 6,
                "resolution", "768P",
                "enable_prompt_expansion", true));
    assertThat(result.at("/task/task_type").asText()).isEqualTo("MINIMAX_HAILUO_02");
  }

  @Test
  void hailuo_02_first_and_last_frame_finishes_and_matches_the_document() {
    JsonNode result =
        createAndFinish(
            HAILUO_02,
            body(
                "prompt", "The astronaut turns into a retina [推进]",
                "image", photo("astronaut.png"),
                "end_image", photo("retina.jpg"),
                "duration", 6,
                "resolution", "768P"));
    assertThat(result.at("/task/task_type").asText()).isEqualTo("MINIMAX_HAILUO_02");
  }

  @Test
  void hailuo_23_fast_image_to_video_finishes_and_matches_the_document() {
    JsonNode result =
        createAndFinish(
            HAILUO_23_FAST_I2V,
            body(
                "prompt", "An astronaut floats above the Earth [Push in]",
                "image", photo("astronaut.png"),
                "duration", 6,
                "resolution", "768P",
                "enable_prompt_expansion", true));
    assertThat(result.at("/task/task_type").asText()).isEqualTo("MINIMAX_HAILUO_2_3_FAST_I2V");
  }

  @Test
  void hailuo_23_image_to_video_example_of_highwayapis_page_with_fast_pretreatment_finishes() {
    JsonNode result =
        createAndFinish(
            HAILUO_23_I2V,
            body(
                "prompt", "Stars drift by [左摇,上升], then the view settles [固定]",
                "image", photo("hubble_deep_field.jpg"),
                "duration", 6,
                "resolution", "768P",
                "enable_prompt_expansion", true,
                "fast_pretreatment", true));
    assertThat(result.at("/task/task_type").asText()).isEqualTo("MINIMAX_HAILUO_2_3_I2V");
  }

  @Test
  void hailuo_23_text_to_video_finishes_and_matches_the_document() {
    JsonNode result =
        createAndFinish(
            HAILUO_23_T2V,
            body(
                "prompt", "A paper boat drifts down a rainy street [跟随]",
                "duration", 6,
                "resolution", "768P",
                "enable_prompt_expansion", false,
                "fast_pretreatment", false));
    assertThat(result.at("/task/task_type").asText()).isEqualTo("MINIMAX_HAILUO_2_3_T2V");
  }

  @Test
  void queued_and_processing_results_match_the_document() {
    // One worker: the second task waits in the queue while the first renders.
    String first = create(HAILUO_23_FAST_I2V, body("prompt", "Pull out [拉远]", "image", photo("astronaut.png")));
    String second = create(HAILUO_23_FAST_I2V, body("prompt", "Push in [推进]", "image", photo("astronaut.png")));
    List<String> statuses = Collections.synchronizedList(new ArrayList<>());
    pollUntilDone(second, statuses);
    pollUntilDone(first, statuses);
    assertThat(statuses).contains("TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING", "TASK_STATUS_SUCCEED");
  }

  @Test
  void invalid_field_answers_400_naming_the_field_as_documented() {
    HttpResponse<String> response =
        post(HAILUO_23_T2V, ALICE, body("prompt", "A cat", "duration", 8));
    CONTRACT.assertResponseMatches("POST", HAILUO_23_T2V, response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/metadata/field").asText()).isEqualTo("duration");
  }

  @Test
  void missing_image_answers_400_naming_image_as_documented() {
    HttpResponse<String> response = post(HAILUO_23_FAST_I2V, ALICE, body("prompt", "A cat"));
    CONTRACT.assertResponseMatches("POST", HAILUO_23_FAST_I2V, response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/metadata/field").asText()).isEqualTo("image");
  }

  @Test
  void task_result_without_task_id_answers_400_as_documented() {
    HttpResponse<String> response = get(TASK_RESULT, ALICE);
    CONTRACT.assertResponseMatches("GET", TASK_RESULT, response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/metadata/field").asText()).isEqualTo("task_id");
  }

  /** Creates a task, checks every answer against the document, and returns the finished result. */
  private static JsonNode createAndFinish(String path, String body) {
    JsonNode result = pollUntilDone(create(path, body), new ArrayList<>());
    assertThat(result.at("/task/status").asText()).as(result.toString()).isEqualTo("TASK_STATUS_SUCCEED");
    assertThat(result.at("/videos/0/video_url").asText()).startsWith(server.publicUrl());
    return result;
  }

  private static String create(String path, String body) {
    HttpResponse<String> created = post(path, ALICE, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    CONTRACT.assertResponseMatches("POST", path, created);
    return json(created).path("task_id").asText();
  }

  private static JsonNode pollUntilDone(String taskId, List<String> statuses) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = get(TASK_RESULT + "?task_id=" + taskId, ALICE);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      CONTRACT.assertResponseMatches("GET", TASK_RESULT, response);
      JsonNode result = json(response);
      String status = result.at("/task/status").asText();
      statuses.add(status);
      if (status.equals("TASK_STATUS_SUCCEED") || status.equals("TASK_STATUS_FAILED")) return result;
      sleep(Duration.ofMillis(50));
    }
    throw new AssertionError("task " + taskId + " did not finish in 3 minutes; statuses " + statuses);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
