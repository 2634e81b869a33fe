package io.reelgate.server.dialect.minimax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.TinyRenders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keys in MiniMax's terms beyond the {@link io.reelgate.server.dialect.DialectContract} (which
 * checks 1004 without a key, 2049 for a key that is not one, and another key's task): the file
 * retrieve, other schemes, the key checked before the body, and task ids of 19 digits.
 */
@TinyRenders
class MiniMaxAuthTest extends MiniMaxServer {
  private static final String T2V = body("model", "MiniMax-Hailuo-2.3", "prompt", "a cat");

  @Test
  void retrieve_without_a_key_answers_1004() {
    assertCode(retrieve("1", null), 1004);
  }

  @Test
  void unknown_key_answers_2049() {
    JsonNode error = assertCode(create("rg_not_a_key_of_this_server", T2V), 2049);
    assertThat(error.path("status_msg").asText()).doesNotContain("rg_not_a_key");
  }

  @Test
  void key_with_another_scheme_answers_2049() {
    HttpRequest request =
        HttpRequest.newBuilder(uri(CREATE)).header("Authorization", "Basic " + ALICE).POST(HttpRequest.BodyPublishers.ofString(T2V)).build();
    assertCode(conforming("POST", CREATE, send(request)), 2049);
  }

  @Test
  void key_is_checked_before_the_body() {
    assertCode(create("rg_not_a_key_of_this_server", "not json"), 2049);
  }

  @Test
  void key_sees_its_own_task_as_queueing_or_processing() {
    String taskId = accepted(ALICE, T2V);

    JsonNode task = json(query(taskId, ALICE));

    assertThat(task.path("base_resp").path("status_code").asInt()).isZero();
    assertThat(task.path("task_id").asText()).isEqualTo(taskId);
    assertThat(task.path("status").asText()).isIn("Queueing", "Processing", "Success");
  }

  @Test
  void task_created_through_another_dialect_is_not_found_here() {
    HttpRequest novita =
        HttpRequest.newBuilder(uri("/v3/async/minimax-hailuo-2.3-t2v"))
            .header("Authorization", "Bearer " + ALICE)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body("prompt", "a cat")))
            .build();
    String novitaId = json(send(novita)).path("task_id").asText();

    assertCode(query(novitaId, ALICE), 2013);
  }

  @Test
  void task_ids_are_distinct_strings_of_19_digits() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) ids.add(accepted(ALICE, T2V));

    assertThat(ids).hasSize(5).allMatch(id -> id.matches("[1-9][0-9]{18}"));
  }

  @Test
  void finished_task_and_its_file_are_not_found_for_another_key() throws Exception {
    String taskId =
        accepted(
            ALICE,
            body("model", "MiniMax-Hailuo-2.3-Fast", "prompt", "A calm face", "first_frame_image", photo("astronaut.png")));
    String fileId = awaitEnd(taskId, ALICE, new ArrayList<>()).path("file_id").asText();

    JsonNode query = json(query(taskId, BOB));
    JsonNode file = json(retrieve(fileId, BOB));

    assertThat(query.path("base_resp").path("status_code").asInt()).isEqualTo(2013);
    assertThat(query.path("base_resp").path("status_msg").asText()).contains("not found");
    assertThat(file.path("base_resp").path("status_code").asInt()).isEqualTo(2013);
    assertThat(file.path("base_resp").path("status_msg").asText()).isEqualTo("invalid params, file not found: " + fileId);
  }

  private static JsonNode assertCode(HttpResponse<String> response, int code) {
    JsonNode body = json(response);
    assertThat(body.path("base_resp").path("status_code").asInt()).as(response.body()).isEqualTo(code);
    assertThat(body.fieldNames()).toIterable().containsExactly("base_resp");
    return body.path("base_resp");
  }
}
