package io.reelgate.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.server.RunningServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One worker and three queued tasks: each shows its place in the queue, counted from 0 for the next
 * to be taken, and an estimate that grows with it, in the task list and in Novita's {@code eta};
 * Evolink's {@code estimated_time}, at create and at each poll, is the same estimate. The tasks
 * are {@code slow} ones queued 20 s, rendering 30 s each, so that none is taken while the test
 * reads them.
 */
class QueuePositionTest extends RunningServer {
  private static final String SLOW = "slow; queue=20; render=30";

  @Test
  void queued_tasks_show_their_position_and_an_eta_that_grows_with_it() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) ids.add(novita("queued " + i));
    JsonNode evolink =
        createSlow("/v1/videos/generations", body("model", "MiniMax-Hailuo-2.3", "prompt", "queued 3", "duration", 6));

    List<JsonNode> listed = new ArrayList<>();
    for (String id : ids) listed.add(listed(id));

    assertThat(listed).extracting(task -> task.path("queue_position").asInt()).containsExactly(0, 1, 2);
    assertThat(listed).extracting(task -> task.path("status").asText()).containsOnly("queued");
    // 0 before it: its own 20 s queue, then 30 s; 1: one render of 30 s; 2: two of them.
    assertThat(listed.get(0).path("eta_seconds").asLong()).isBetween(45L, 50L);
    assertThat(listed.get(1).path("eta_seconds").asLong()).isEqualTo(60);
    assertThat(listed.get(2).path("eta_seconds").asLong()).isEqualTo(90);
    for (int i = 0; i < 3; i++) {
      JsonNode novita = json(get("/v3/async/task-result?task_id=" + ids.get(i), ALICE)).path("task");
      // The first one's own queue time runs between the two reads: a second may go.
      assertThat(novita.path("eta").asLong()).isCloseTo(listed.get(i).path("eta_seconds").asLong(), within(1L));
    }
    assertThat(evolink.path("task_info").path("estimated_time").asLong()).isEqualTo(120);
    JsonNode polled = json(get("/v1/tasks/" + evolink.path("id").asText(), ALICE));
    assertThat(polled.path("task_info").path("estimated_time").asLong()).as("the poll's, as the create's").isEqualTo(120);
    assertThat(listed(evolink.path("id").asText()).path("queue_position").asInt()).isEqualTo(3);
  }

  @Test
  void an_ended_task_has_no_position_and_nothing_left() {
    String id = novita("cancelled");
    post("/v3/async/task-cancel?task_id=" + id, ALICE, "");

    JsonNode task = listed(id);
    assertThat(task.path("status").asText()).isEqualTo("cancelled");
    assertThat(task.path("queue_position").isNull()).isTrue();
    assertThat(task.path("eta_seconds").asLong()).isZero();
  }

  private static String novita(String prompt) {
    return createSlow("/v3/async/minimax-hailuo-2.3-t2v", body("prompt", prompt, "duration", 6, "resolution", "768P"))
        .path("task_id").asText();
  }

  private static JsonNode createSlow(String path, String body) {
    HttpRequest.Builder request = jsonPost(path, body).header(Scenario.HEADER, SLOW);
    HttpResponse<String> response = send(request, bearer(ALICE));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonNode listed(String id) {
    for (JsonNode task : json(get("/reelgate/v1/tasks?limit=100", ALICE)).path("tasks")) {
      if (task.path("id").asText().equals(id)) return task;
    }
    throw new AssertionError(id + " is not listed");
  }
}
