package io.reelgate.server.dialect.minimax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.server.openapi.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The MiniMax document is strict: the checks of the other tests would catch a drifting answer. */
class MiniMaxOpenApiDocumentTest {
  private static final OpenApiContract CONTRACT = OpenApiContract.forDialect("minimax");
  private static final String SUCCESS = "\"base_resp\":{\"status_code\":0,\"status_msg\":\"success\"}";

  @Test
  void documents_the_three_operations_and_the_cancel_extension() {
    assertThat(CONTRACT.operations())
        .containsExactlyInAnyOrder("POST /v1/video_generation", "GET /v1/query/video_generation", "GET /v1/files/retrieve",
            "POST /v1/cancel/video_generation");
  }

  @Test
  void create_answer_with_an_extra_field_does_not_match() {
    assertThatCode(() -> CONTRACT.assertResponseMatches("POST", "/v1/video_generation", 200, "{\"task_id\":\"123\"," + SUCCESS + "}"))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> CONTRACT.assertResponseMatches("POST", "/v1/video_generation", 200, "{\"task_id\":\"123\",\"extra\":1," + SUCCESS + "}"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void pending_query_must_have_an_empty_file_id_and_zero_sizes() {
    String pending = "{\"task_id\":\"1\",\"status\":\"Queueing\",\"file_id\":\"\",\"video_width\":0,\"video_height\":0," + SUCCESS + "}";
    String pendingWithSize = pending.replace("\"video_width\":0", "\"video_width\":768");
    assertThatCode(() -> CONTRACT.assertResponseMatches("GET", "/v1/query/video_generation", 200, pending)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", "/v1/query/video_generation", 200, pendingWithSize))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void preparing_is_not_an_answered_status() {
    String preparing = "{\"task_id\":\"1\",\"status\":\"Preparing\",\"file_id\":\"\",\"video_width\":0,\"video_height\":0," + SUCCESS + "}";
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", "/v1/query/video_generation", 200, preparing))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void error_answer_is_base_resp_alone_with_a_non_zero_code() {
    assertThatCode(
            () -> CONTRACT.assertResponseMatches(
                "GET", "/v1/files/retrieve", 200, "{\"base_resp\":{\"status_code\":2013,\"status_msg\":\"invalid params, file_id: x\"}}"))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> CONTRACT.assertResponseMatches(
                "GET", "/v1/files/retrieve", 200, "{\"base_resp\":{\"status_code\":0,\"status_msg\":\"success\"}}"))
        .isInstanceOf(AssertionError.class);
  }
}
