package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.RunningServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every answer names its request id: {@code Trace-Id} in MiniMax's dialect (its clients print it
 * in every error), {@code X-Request-Id} elsewhere; a safe incoming {@code X-Request-Id} is kept,
 * and the id is on the log line of the task the request created.
 */
class RequestIdsTest extends RunningServer {
  private static final String MINIMAX_T2V =
      "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"A lighthouse [Push in]\", \"duration\": 6, \"resolution\": \"768P\"}";

  @Test
  void every_minimax_answer_has_a_trace_id() {
    String taskId = json(post("/v1/video_generation", ALICE, MINIMAX_T2V)).path("task_id").asText();
    List<HttpResponse<String>> answers =
        List.of(
            post("/v1/video_generation", ALICE, "{\"model\": \"no-such-model\"}"),
            post("/v1/video_generation", null, MINIMAX_T2V),
            post("/v1/video_generation", "rg_wrong", MINIMAX_T2V),
            get("/v1/query/video_generation?task_id=" + taskId, ALICE),
            get("/v1/query/video_generation?task_id=123", ALICE),
            get("/v1/files/retrieve?file_id=123", ALICE),
            get("/v1/video_generation", ALICE),
            get("/v1/unknown", ALICE));

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.headers().firstValue("Trace-Id")).as(answer.uri() + " " + answer.body())
          .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }
    assertThat(answers.stream().map(a -> a.headers().firstValue("Trace-Id").orElseThrow()).distinct()).hasSize(answers.size());
  }

  @Test
  void every_other_dialects_answer_has_an_x_request_id() {
    List<HttpResponse<String>> answers =
        List.of(
            post("/v3/async/minimax-hailuo-2.3-t2v", ALICE, "{\"duration\": 6}"),
            get("/v3/async/task-result?task_id=nope", ALICE),
            get("/v1/tasks/nope", ALICE),
            post("/v1/videos/generations", null, "{}"),
            get("/api/v3/predictions/nope/result", ALICE),
            get("/reelgate/v1/models", null),
            get("/healthz", null),
            get("/nothing/here", null));

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.headers().firstValue("X-Request-Id")).as(answer.uri() + " " + answer.body())
          .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }
  }

  @Test
  void a_safe_incoming_request_id_is_kept_and_an_unsafe_one_replaced() {
    HttpResponse<String> kept = withRequestId("/v1/query/video_generation?task_id=1", "client-42.req:7_A");
    HttpResponse<String> injected = withRequestId("/v3/async/task-result?task_id=1", "a b\"<script>");
    HttpResponse<String> tooLong = withRequestId("/v1/tasks/x", "a".repeat(65));

    assertThat(kept.headers().firstValue("Trace-Id")).hasValue("client-42.req:7_A");
    assertThat(injected.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    assertThat(tooLong.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
  }

  @Test
  void the_request_id_of_a_create_is_on_the_log_line_of_the_task_it_created() throws Exception {
    try (LogCapture log = new LogCapture()) {
      HttpResponse<String> created =
          send(jsonPost("/v1/video_generation", MINIMAX_T2V).header("X-Request-Id", "create-trace-0001"), bearer(ALICE));
      String taskId = json(created).path("task_id").asText();
      assertThat(created.headers().firstValue("Trace-Id")).hasValue("create-trace-0001");

      String accepted = awaitLine(log, "task " + taskId + ": accepted");
      assertThat(accepted).contains("[request create-trace-0001]");
      assertThat(awaitLine(log, "POST /v1/video_generation 200")).contains("[request create-trace-0001]");
      // The worker's lines name the same task: the request id leads to the task id, which leads to them.
      awaitLine(log, "task " + taskId + ": motion makes it");
    }
  }

  private static HttpResponse<String> withRequestId(String path, String id) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-Request-Id", id).GET(), bearer(ALICE));
  }

  private static String awaitLine(LogCapture log, String fragment) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      for (String line : log.lines()) {
        if (line.contains(fragment)) return line;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no log line with '" + fragment + "' in " + log.lines());
  }
}
