package io.reelgate.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every dialect owes its clients, whatever its wire, checked on the real server over real
 * HTTP: each refusal in the dialect's own documented error shape and, for its documented
 * operations, matching its OpenAPI document. A dialect runs it with one subclass that says only
 * what differs: its paths, how a task is created, read and cancelled, where its error shape keeps
 * the code and the message, and the status and code it documents for each {@link Problem}.
 *
 * <p>Renders are tiny but a minute long, one at a time: every task of the contract is still queued
 * or processing when it is cancelled.
 */
@TinyRenders(frames = 60, millisPerFrame = 1000)
public abstract class DialectContract extends RunningServer {
  /** One MiB more than the server reads of a body. */
  private static final long OVER_THE_LIMIT = 65L * 1024 * 1024;
  private static final String WRONG_KEY = "rg_not_a_key_of_this_server";

  /** What every dialect refuses, each in its own documented shape. */
  public enum Problem {
    NO_KEY,
    WRONG_KEY,
    UNKNOWN_TASK,
    MALFORMED_JSON,
    UNKNOWN_PATH,
    WRONG_METHOD,
    BODY_TOO_LARGE,
    NOT_CANCELLABLE
  }

  /** How a dialect answers a problem: the HTTP status, and the code as its error shape writes it. */
  public record Refusal(int status, String code) {}

  /**
   * Where a dialect's error body keeps its parts, as JSON pointers: the code, the message, and the
   * HTTP status repeated in the body (null when the shape does not repeat it).
   */
  public record ErrorShape(String codeAt, String messageAt, String statusAt) {}

  /**
   * How a dialect cancels a task: the path and the body of the cancel for a task id, and the status
   * a cancelled task shows at {@link #statusAt()}.
   */
  public record Cancel(Function<String, String> path, Function<String, String> body, String cancelledStatus) {}

  /** The dialect's name, which names its OpenAPI document too. */
  protected abstract String dialect();

  /** The {@code Authorization} header for {@code key}: {@code Bearer <key>} unless the dialect sends keys otherwise. */
  protected String authorization(String key) {
    return bearer(key);
  }

  /** Where tasks are created. */
  protected abstract String createPath();

  /** A valid create body with this prompt. */
  protected abstract String createBody(String prompt);

  /** The HTTP status of an accepted create. */
  protected int createdStatus() {
    return 200;
  }

  /** Where the create answer gives the task's id, as a JSON pointer. */
  protected abstract String taskIdAt();

  /** Where a read (and a cancel) gives the task's status, as a JSON pointer. */
  protected abstract String statusAt();

  /** Where a task is read, its id in the path or the query. */
  protected abstract String readPath(String taskId);

  /** An id of the dialect's own form that names no task. */
  protected abstract String missingTaskId();

  /** The dialect's cancel; empty for a dialect without one. */
  protected abstract Optional<Cancel> cancel();

  /** Paths under the dialect's prefixes that no route answers. */
  protected abstract List<String> unknownPaths();

  protected abstract ErrorShape errorShape();

  /** What the dialect documents for {@code problem}. */
  protected abstract Refusal refusal(Problem problem);

  /**
   * An error body with what differs from request to request made the same (MiniMax V2's {@code
   * request_id}), so that two answers can be compared; the body itself by default.
   */
  protected String samePerRequest(String errorBody) {
    return errorBody;
  }

  /** A method the create path refuses: GET, unless the dialect lists its tasks there (OpenAI). */
  protected String wrongMethodOnCreatePath() {
    return "GET";
  }

  /** The {@code Allow} header of a 405 on {@code path}: {@code usual} unless the dialect answers more methods there. */
  protected String allowedOn(String path, String usual) {
    return usual;
  }

  /** The dialect's own further rules for an error body, beyond its code, message and status; none by default. */
  protected void assertDetails(Problem problem, JsonNode error) {}

  // ---------------------------------------------------------------------------------------------

  @Test
  void create_without_a_key_or_with_a_wrong_one_is_refused() {
    assertRefused(Problem.NO_KEY, documented("POST", createPath(), create(null, createBody(uniquePrompt()))));
    assertRefused(Problem.WRONG_KEY, documented("POST", createPath(), create(WRONG_KEY, createBody(uniquePrompt()))));
  }

  @Test
  void read_without_a_key_or_with_a_wrong_one_is_refused() {
    String path = readPath(missingTaskId());
    assertRefused(Problem.NO_KEY, documented("GET", path, read(missingTaskId(), null)));
    assertRefused(Problem.WRONG_KEY, documented("GET", path, read(missingTaskId(), WRONG_KEY)));
  }

  @Test
  void a_key_reads_its_own_task() {
    String id = createdTask();

    HttpResponse<String> own = documented("GET", readPath(id), read(id, ALICE));

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  @Test
  void another_keys_task_answers_exactly_like_a_missing_one() {
    String id = createdTask();

    HttpResponse<String> others = documented("GET", readPath(id), read(id, BOB));
    HttpResponse<String> missing = documented("GET", readPath(missingTaskId()), read(missingTaskId(), BOB));

    assertRefused(Problem.UNKNOWN_TASK, others);
    assertThat(message(others)).contains("task not found: " + id);
    assertThat(others.statusCode()).isEqualTo(missing.statusCode());
    assertThat(samePerRequest(others.body())).isEqualTo(samePerRequest(missing.body().replace(missingTaskId(), id)));
  }

  @Test
  void malformed_json_is_refused_naming_the_problem() {
    HttpResponse<String> response = documented("POST", createPath(), send(jsonPost(createPath(), "{\"prompt\": \"a cat\","), authorization(ALICE)));

    assertRefused(Problem.MALFORMED_JSON, response);
    assertThat(message(response)).contains("the request body is not valid JSON");
  }

  @Test
  void unknown_path_is_refused_naming_it() {
    for (String path : unknownPaths()) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET(), authorization(ALICE));

      assertRefused(Problem.UNKNOWN_PATH, response);
      assertThat(message(response)).contains(path);
    }
  }

  @Test
  void wrong_method_is_refused_saying_which_are_allowed() {
    String readPath = readPath(missingTaskId());
    String wrong = wrongMethodOnCreatePath();
    assertWrongMethod(send(HttpRequest.newBuilder(uri(createPath())).method(wrong, HttpRequest.BodyPublishers.noBody()), authorization(ALICE)),
        wrong, createPath(), allowedOn(createPath(), "POST"));
    assertWrongMethod(send(jsonPost(readPath, "{}"), authorization(ALICE)), "POST", readPath, allowedOn(readPath, "GET"));
  }

  @Test
  void body_over_the_size_limit_is_refused() {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(createPath())).header("Content-Type", "application/json").POST(spaces(OVER_THE_LIMIT));

    assertRefused(Problem.BODY_TOO_LARGE, documented("POST", createPath(), send(request, authorization(ALICE))));
  }

  @Test
  void replayed_create_answers_the_same_task_and_creates_no_other() {
    String prompt = uniquePrompt();
    String idempotencyKey = UUID.randomUUID().toString();

    HttpResponse<String> first = createOnce(prompt, idempotencyKey);
    HttpResponse<String> again = createOnce(prompt, idempotencyKey);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(createdStatus());
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(json(again).at(taskIdAt()).asText()).isNotEmpty().isEqualTo(json(first).at(taskIdAt()).asText());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(tasksOfAliceWithPrompt(prompt)).isEqualTo(1);
  }

  @Test
  void cancel_ends_the_task_and_a_second_cancel_is_refused() {
    Cancel cancel = cancelOrSkip();
    String id = createdTask();

    HttpResponse<String> cancelled = cancel(cancel, id, ALICE);
    HttpResponse<String> again = cancel(cancel, id, ALICE);

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(json(cancelled).at(statusAt()).asText()).isEqualTo(cancel.cancelledStatus());
    assertThat(json(read(id, ALICE)).at(statusAt()).asText()).isEqualTo(cancel.cancelledStatus());
    assertRefused(Problem.NOT_CANCELLABLE, again);
    assertThat(message(again)).contains("can no longer be cancelled");
  }

  @Test
  void another_keys_cancel_answers_exactly_like_a_missing_tasks_and_cancels_nothing() {
    Cancel cancel = cancelOrSkip();
    String id = createdTask();

    HttpResponse<String> others = cancel(cancel, id, BOB);
    HttpResponse<String> missing = cancel(cancel, missingTaskId(), BOB);

    assertRefused(Problem.UNKNOWN_TASK, others);
    assertThat(samePerRequest(others.body())).isEqualTo(samePerRequest(missing.body().replace(missingTaskId(), id)));
    assertThat(json(read(id, ALICE)).at(statusAt()).asText()).isNotEqualTo(cancel.cancelledStatus());
  }

  // ---------------------------------------------------------------------------------------------

  private OpenApiContract document() {
    return OpenApiContract.forDialect(dialect());
  }

  /** Checks the answer of a documented operation against the dialect's document. */
  private HttpResponse<String> documented(String method, String path, HttpResponse<String> response) {
    document().assertResponseMatches(method, path, response);
    return response;
  }

  private HttpResponse<String> create(String key, String body) {
    return send(jsonPost(createPath(), body), authorization(key));
  }

  private HttpResponse<String> createOnce(String prompt, String idempotencyKey) {
    HttpRequest.Builder request = jsonPost(createPath(), createBody(prompt)).header("Idempotency-Key", idempotencyKey);
    return documented("POST", createPath(), send(request, authorization(ALICE)));
  }

  /** A task of Alice's, still queued or processing. */
  private String createdTask() {
    HttpResponse<String> created = documented("POST", createPath(), create(ALICE, createBody(uniquePrompt())));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(createdStatus());
    String id = json(created).at(taskIdAt()).asText();
    assertThat(id).as(created.body()).isNotEmpty();
    return id;
  }

  private HttpResponse<String> read(String taskId, String key) {
    return send(HttpRequest.newBuilder(uri(readPath(taskId))).GET(), authorization(key));
  }

  private Cancel cancelOrSkip() {
    Optional<Cancel> cancel = cancel();
    assumeTrue(cancel.isPresent(), dialect() + " has no cancel");
    return cancel.orElseThrow();
  }

  private HttpResponse<String> cancel(Cancel cancel, String taskId, String key) {
    String path = cancel.path().apply(taskId);
    return documented("POST", path, send(jsonPost(path, cancel.body().apply(taskId)), authorization(key)));
  }

  private void assertWrongMethod(HttpResponse<String> response, String method, String path, String allowed) {
    assertRefused(Problem.WRONG_METHOD, response);
    assertThat(response.headers().firstValue("Allow")).hasValue(allowed);
    assertThat(message(response)).contains(method + " is not allowed");
    if (document().documents(method, path, response.statusCode())) documented(method, path, response);
  }

  /** The dialect's refusal of {@code problem}: its status, JSON, its code, a message, and the status repeated where the shape does. */
  private void assertRefused(Problem problem, HttpResponse<String> response) {
    Refusal expected = refusal(problem);
    ErrorShape shape = errorShape();
    String what = problem + " " + response.uri() + ": " + response.body();
    assertThat(response.statusCode()).as(what).isEqualTo(expected.status());
    assertThat(response.headers().firstValue("Content-Type")).as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode error = json(response);
    assertThat(error.at(shape.codeAt()).asText()).as(what).isEqualTo(expected.code());
    assertThat(error.at(shape.messageAt()).asText()).as(what).isNotBlank();
    if (shape.statusAt() != null) assertThat(error.at(shape.statusAt()).asInt()).as(what).isEqualTo(expected.status());
    assertDetails(problem, error);
  }

  private String message(HttpResponse<String> response) {
    return json(response).at(errorShape().messageAt()).asText();
  }

  private static String uniquePrompt() {
    return "A lighthouse at dawn " + UUID.randomUUID();
  }

  /** Counted in Reelgate's own list of Alice's tasks, whatever the dialect. */
  private static long tasksOfAliceWithPrompt(String prompt) {
    HttpResponse<String> listed = get("/reelgate/v1/tasks?limit=100", ALICE);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    long count = 0;
    for (JsonNode task : json(listed).path("tasks")) {
      if (task.path("prompt").asText().equals(prompt)) count++;
    }
    return count;
  }

  /** {@code size} bytes of spaces, one small chunk sent again and again, with that Content-Length. */
  private static HttpRequest.BodyPublisher spaces(long size) {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    Iterable<byte[]> chunks =
        () ->
            new Iterator<>() {
              private long left = size;

              @Override
              public boolean hasNext() {
                return left > 0;
              }

              @Override
              public byte[] next() {
                int length = (int) Math.min(chunk.length, left);
                left -= length;
                return length == chunk.length ? chunk : Arrays.copyOf(chunk, length);
              }
            };
    return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(chunks), size);
  }
}
