package io.reelgate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.server.store.postgres.PostgresFixture;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The poll figures of docs/BENCHMARKS.md, run by {@code bench/polls.sh}: one instance of the
 * packaged jar (SQLite, or the tests' PostgreSQL on loopback), a finished task and a running task
 * in each dialect (Hailuo 02, routed to a fake MiniMax that never finishes, so nothing renders
 * meanwhile), and {@code wrk -t2 -c32} against each dialect's poll of
 * each, and against {@code /healthz}, after a warm-up; prints polls per second and their ratio to
 * {@code /healthz}.
 *
 * <pre>java -cp ... io.reelgate.app.PollBench [sqlite|postgresql|both [SECONDS]]</pre>
 */
public final class PollBench {
  private static final String KEY = "rg_poll_bench_key_0123456789abcdef0123";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /**
   * The running tasks: Hailuo 02, routed to a MiniMax that accepts every task and answers
   * "Processing" for ever, so that they stay running while nothing renders.
   */
  private static final String ROUTES =
      """
      routes:
        never-done:
          engine: minimax
          base-url: %s
          api-key-env: NEVER_DONE_KEY
          poll-every: 5s
      models:
        MiniMax-Hailuo-02: [never-done]
        gptproto/hailuo-02-fast: [never-done]
      """;

  /** One dialect: how to create a task, where its id is in the answer, and how to poll it. */
  private record Dialect(String name, String createPath, String body, Function<JsonNode, String> id, String pollPath) {
    String poll(String taskId) {
      return pollPath.replace("{id}", taskId);
    }

    /** The same request for Hailuo 02, which the routes send to the provider that never finishes. */
    Dialect hailuo02() {
      return new Dialect(name, createPath.replace("2.3-t2v", "02").replace("hailuo-2.3-fast", "hailuo-02-fast"),
          body.replace("Hailuo-2.3", "Hailuo-02").replace("hailuo-2.3-fast", "hailuo-02-fast"), id, pollPath);
    }
  }

  private static final List<Dialect> DIALECTS = List.of(
      new Dialect("novita", "/v3/async/minimax-hailuo-2.3-t2v",
          "{\"prompt\": \"A lighthouse at dusk [Push in]\", \"duration\": 6, \"resolution\": \"768P\"}",
          answer -> answer.path("task_id").asText(), "/v3/async/task-result?task_id={id}"),
      new Dialect("evolink", "/v1/videos/generations",
          "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"A lighthouse at dusk [Push in]\", \"quality\": \"768p\", \"duration\": 6}",
          answer -> answer.path("id").asText(), "/v1/tasks/{id}"),
      new Dialect("gptproto", "/api/v3/minimax/hailuo-2.3-fast/text-to-video",
          "{\"prompt\": \"A lighthouse at dusk [Push in]\", \"duration\": 6}",
          answer -> answer.path("data").path("id").asText(), "/api/v3/predictions/{id}/result"),
      new Dialect("gptproto-unified", "/api/v3/videos",
          "{\"model\": \"minimax/hailuo-2.3-fast\", \"prompt\": \"A lighthouse at dusk [Push in]\", \"duration\": 6, \"resolution\": \"768p\"}",
          answer -> answer.path("id").asText(), "/api/v3/tasks/result/{id}"),
      new Dialect("minimax", "/v1/video_generation",
          "{\"model\": \"MiniMax-Hailuo-2.3\", \"prompt\": \"A lighthouse at dusk [Push in]\", \"duration\": 6, \"resolution\": \"768P\"}",
          answer -> answer.path("task_id").asText(), "/v1/query/video_generation?task_id={id}"));

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "both";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    if (!List.of("sqlite", "postgresql", "both").contains(which) || seconds < 2 || seconds > 60) {
      throw new IllegalArgumentException("sqlite|postgresql|both, SECONDS 2-60");
    }
    Path temp = Files.createTempDirectory("reelgate-polls-");
    if (!which.equals("postgresql")) run("SQLite", temp.resolve("sqlite"), List.of(), seconds);
    if (!which.equals("sqlite")) run("PostgreSQL", temp.resolve("postgresql"), List.of("--db", PostgresFixture.newDatabase()), seconds);
    System.exit(0); // the fixture's PostgreSQL stops in its shutdown hook
  }

  private static void run(String backend, Path dataDir, List<String> extra, int seconds) throws Exception {
    Files.createDirectories(dataDir);
    try (NeverDoneMiniMax provider = new NeverDoneMiniMax()) {
      Path routes = Files.writeString(dataDir.resolve("routes.yaml"), ROUTES.formatted(provider.baseUrl()));
      List<String> args = new ArrayList<>(List.of("--workers", "1", "--routes", routes.toString()));
      args.addAll(extra);
      try (ServerProcess server = ServerProcess.start(dataDir, ServerProcess.freePort(),
          Map.of("REELGATE_API_KEYS", KEY, "NEVER_DONE_KEY", "never-done"), args.toArray(String[]::new))) {
        measure(backend, server.baseUrl().replace("localhost", "127.0.0.1"), seconds);
      }
    }
  }

  private static void measure(String backend, String base, int seconds) throws Exception {
    Map<Dialect, String> finished = new LinkedHashMap<>();
    for (Dialect dialect : DIALECTS) finished.put(dialect, create(base, dialect));
    for (String task : finished.values()) awaitEnd(base, task);
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (Map.Entry<Dialect, String> task : finished.entrySet()) {
      endpoints.put(task.getKey().name() + " poll, finished task", base + task.getKey().poll(task.getValue()));
    }
    for (Dialect dialect : DIALECTS) {
      String task = create(base, dialect.hailuo02());
      endpoints.put(dialect.name() + " poll, running task", base + dialect.poll(task));
    }

    // Every endpoint warmed up first, so that the first measured (/healthz) is not the coldest.
    int warmUp = Math.max(2, seconds / 3);
    wrk(base + "/healthz", warmUp);
    for (String url : endpoints.values()) wrk(url, warmUp);
    System.out.printf("%n%s, wrk -t2 -c32 -d%ds after a %ds warm-up of every endpoint, one instance, 1 worker%n",
        backend, seconds, warmUp);
    System.out.printf("| %-38s | %9s | %8s |%n| --- | ---: | ---: |%n", "endpoint", "answers/s", "/healthz");
    double before = rate(base + "/healthz", seconds);
    Map<String, Double> polls = new LinkedHashMap<>();
    for (Map.Entry<String, String> endpoint : endpoints.entrySet()) polls.put(endpoint.getKey(), rate(endpoint.getValue(), seconds));
    double after = rate(base + "/healthz", seconds);
    // The machine drifts over a run: polls are compared with /healthz measured before and after them.
    double health = (before + after) / 2;
    System.out.printf("| %-38s | %9.0f | %8s |%n", "/healthz (mean of first and last)", health, "1");
    for (Map.Entry<String, Double> poll : polls.entrySet()) {
      System.out.printf("| %-38s | %9.0f | %8.2f |%n", poll.getKey(), poll.getValue(), poll.getValue() / health);
    }
    System.out.printf("(/healthz measured first %.0f, last %.0f)%n", before, after);
  }

  /** A MiniMax that takes every task and answers "Processing" for ever. */
  private static final class NeverDoneMiniMax implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong ids = new AtomicLong(106916112212032L);

    NeverDoneMiniMax() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/v1/video_generation", exchange -> answer(exchange,
          "{\"task_id\": \"" + ids.incrementAndGet() + "\", \"base_resp\": {\"status_code\": 0, \"status_msg\": \"success\"}}"));
      server.createContext("/v1/query/video_generation", exchange -> answer(exchange,
          "{\"task_id\": \"" + exchange.getRequestURI().getQuery().replace("task_id=", "")
              + "\", \"status\": \"Processing\", \"base_resp\": {\"status_code\": 0, \"status_msg\": \"success\"}}"));
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
      exchange.getRequestBody().readAllBytes();
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private static String create(String base, Dialect dialect) throws IOException, InterruptedException {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + dialect.createPath()))
        .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(dialect.body())).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) throw new IllegalStateException(dialect.name() + " create answered " + answer.body());
    return dialect.id().apply(JSON.readTree(answer.body()));
  }

  private static void awaitEnd(String base, String task) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!isFinished(base, task)) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("task " + task + " did not end");
      Thread.sleep(100);
    }
  }

  private static boolean isFinished(String base, String task) throws IOException, InterruptedException {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/reelgate/v1/tasks?limit=100"))
        .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode t : JSON.readTree(answer.body()).path("tasks")) {
      if (t.path("id").asText().equals(task)) return List.of("succeeded", "failed", "cancelled").contains(t.path("status").asText().toLowerCase());
    }
    return false;
  }

  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

  /** Answers per second by {@code wrk}. */
  private static double rate(String url, int seconds) throws IOException, InterruptedException {
    String out = wrk(url, seconds);
    if (!out.contains(" 0 requests") && out.contains("Non-2xx")) throw new IllegalStateException("errors from " + url + ":\n" + out);
    Matcher m = REQUESTS.matcher(out);
    if (!m.find()) throw new IllegalStateException("no rate from wrk:\n" + out);
    return Double.parseDouble(m.group(1));
  }

  private static String wrk(String url, int seconds) throws IOException, InterruptedException {
    Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "-H", "Authorization: Bearer " + KEY, url)
        .redirectErrorStream(true).start();
    byte[] out = wrk.getInputStream().readAllBytes();
    if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) wrk.destroyForcibly();
    return new String(out, StandardCharsets.UTF_8);
  }
}
