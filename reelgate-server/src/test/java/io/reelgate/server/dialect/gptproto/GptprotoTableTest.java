package io.reelgate.server.dialect.gptproto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GPTProto's duration x resolution table, enforced for every model and nothing else allowed. */
@TinyRenders
class GptprotoTableTest extends GptprotoServer {
  /** GPTProto's "Duration & Resolution" table, written out again here on purpose. */
  private static final Map<String, Set<String>> TABLE =
      Map.of(
          "hailuo-2.3-fast", Set.of("768P/6", "768P/10", "1080P/6"),
          "hailuo-2.3-standard", Set.of("768P/6", "768P/10"),
          "hailuo-2.3-pro", Set.of("1080P/6"),
          "hailuo-02-fast", Set.of("768P/6", "768P/10"),
          "hailuo-02-standard", Set.of("768P/6", "768P/10"),
          "hailuo-02-pro", Set.of("1080P/6"));

  private static final List<String> RESOLUTIONS = List.of("512P", "720P", "768P", "1080P");

  static Stream<Arguments> everyCombination() {
    List<Arguments> combinations = new ArrayList<>();
    for (String model : TABLE.keySet()) {
      for (String resolution : RESOLUTIONS) {
        for (int duration : List.of(6, 10)) combinations.add(Arguments.of(model, resolution, duration));
      }
    }
    return combinations.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} s")
  @MethodSource("everyCombination")
  void only_the_combinations_of_the_table_are_accepted(String model, String resolution, int duration) {
    HttpResponse<String> response =
        create(model, "text-to-video", ALICE, body("prompt", "a harbour at dawn", "resolution", resolution, "duration", duration));

    if (TABLE.get(model).contains(resolution + "/" + duration)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(json(response).path("data").path("status").asText()).isIn("created", "processing", "completed");
    } else {
      boolean resolutionInTable = TABLE.get(model).stream().anyMatch(c -> c.startsWith(resolution + "/"));
      String field = resolutionInTable ? "duration" : "resolution";
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      JsonNode error = json(response);
      assertThat(error.path("data").isNull()).isTrue();
      assertThat(error.path("code").asInt()).isEqualTo(400);
      assertThat(error.path("message").asText()).startsWith(field + ": ").contains(model + " allows ");
    }
  }

  @Test
  void refused_resolution_lists_the_combinations_the_model_allows() {
    HttpResponse<String> response =
        create("hailuo-2.3-fast", "text-to-video", ALICE, body("prompt", "a harbour", "resolution", "720P"));

    assertThat(json(response).path("message").asText())
        .isEqualTo(
            "resolution: 720P is not offered by gptproto/hailuo-2.3-fast for text-to-video; it offers 768P, 1080P"
                + " (hailuo-2.3-fast allows 768P for 6 or 10 s, 1080P for 6 s)");
  }

  @Test
  void pro_models_default_to_1080p_and_so_refuse_10_seconds() {
    HttpResponse<String> tenSeconds = create("hailuo-02-pro", "text-to-video", ALICE, body("prompt", "a harbour", "duration", 10));

    assertThat(tenSeconds.statusCode()).isEqualTo(400);
    assertThat(json(tenSeconds).path("message").asText()).startsWith("duration: must be 6 seconds; got 10");
    assertThat(create("hailuo-02-pro", "text-to-video", ALICE, body("prompt", "a harbour")).statusCode()).isEqualTo(200);
  }

  @Test
  void image_to_video_scene_follows_the_same_table() {
    HttpResponse<String> response =
        create(
            "hailuo-2.3-standard",
            "image-to-video",
            ALICE,
            body("prompt", "a harbour", "image", photo("astronaut.png"), "resolution", "1080P"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("message").asText())
        .startsWith("resolution: 1080P is not offered by gptproto/hailuo-2.3-standard for image-to-video");
  }
}
