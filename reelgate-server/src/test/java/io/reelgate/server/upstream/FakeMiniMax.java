package io.reelgate.server.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MiniMax's own video API on a real loopback port, in its documented shapes (docs: "MiniMax's own
 * API" in API-FACTS.md): {@code POST /v1/video_generation}, {@code GET
 * /v1/query/video_generation?task_id=}, {@code GET /v1/files/retrieve?file_id=}, every error an
 * HTTP 200 with a non-zero {@code base_resp.status_code}. The finished video is served at a signed,
 * expiring link like MiniMax's object storage; an expired one answers 403.
 *
 * <p>Each test scripts what it answers ({@link #createsAnswer}, {@link #queriesAnswer}, {@link
 * #processingFor}, {@link #tasksFail}, {@link #expiredLinks}) and reads back what it was sent.
 */
final class FakeMiniMax implements AutoCloseable {
  static final String KEY = "mm-test-secret-0123456789abcdef";

  /** MiniMax's {@code base_resp}. */
  record BaseResp(int code, String message) {
    static final BaseResp SUCCESS = new BaseResp(0, "success");
    static final BaseResp RATE_LIMITED = new BaseResp(1002, "rate limit exceeded(RPM)");
    static final BaseResp NOT_AUTHORIZED =
        new BaseResp(1004, "login fail: Please carry the API secret key in the 'Authorization' field of the request header");
    static final BaseResp INSUFFICIENT_BALANCE = new BaseResp(1008, "insufficient balance");
    static final BaseResp SENSITIVE = new BaseResp(1026, "video description involves sensitive content");
    static final BaseResp INVALID_API_KEY = new BaseResp(2049, "invalid api key");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> MODELS =
      Set.of("MiniMax-Hailuo-2.3", "MiniMax-Hailuo-2.3-Fast", "MiniMax-Hailuo-02", "T2V-01-Director", "I2V-01-Director");
  private static final long FIRST_TASK_ID = 106916112212032L;
  private static final long FIRST_FILE_ID = 176844028768320L;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final byte[] video;
  private final int videoWidth;
  private final int videoHeight;

  // The script.
  private final Deque<BaseResp> createErrors = new ArrayDeque<>();
  private volatile BaseResp everyCreate;
  private final Deque<BaseResp> queryErrors = new ArrayDeque<>();
  private volatile int processingQueries = 2;
  private volatile BaseResp failure;
  private final AtomicInteger linksToExpire = new AtomicInteger();

  // What happened.
  private final AtomicInteger creates = new AtomicInteger();
  private final AtomicInteger queries = new AtomicInteger();
  private final AtomicInteger retrieves = new AtomicInteger();
  private final AtomicInteger downloads = new AtomicInteger();
  private final List<JsonNode> acceptedBodies = new ArrayList<>();
  private final List<Long> queryTimes = new ArrayList<>();
  private final Map<String, AtomicInteger> queriesByTask = new ConcurrentHashMap<>();
  private final Set<String> expiredSignatures = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextTask = new AtomicLong(FIRST_TASK_ID);
  private final AtomicLong nextSignature = new AtomicLong();

  /** Serves {@code video} (an MP4 of {@code width} x {@code height}) as every finished task's file. */
  FakeMiniMax(byte[] video, int width, int height) {
    this.video = video.clone();
    this.videoWidth = width;
    this.videoHeight = height;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v1/video_generation", e -> answer(e, this::create));
    server.createContext("/v1/query/video_generation", e -> answer(e, this::query));
    server.createContext("/v1/files/retrieve", e -> answer(e, this::retrieve));
    server.createContext("/download/", this::download);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The base URL of a route to this fake. */
  URI uri() {
    return URI.create(url());
  }

  // ---- Scripting.

  /** The next creates answer these errors, one each, in order; later creates are accepted. */
  synchronized FakeMiniMax createsAnswer(BaseResp... errors) {
    createErrors.addAll(List.of(errors));
    return this;
  }

  /** Every create answers {@code error}. */
  FakeMiniMax everyCreateAnswers(BaseResp error) {
    everyCreate = error;
    return this;
  }

  /** The next queries answer these errors (with no task), one each, in order. */
  synchronized FakeMiniMax queriesAnswer(BaseResp... errors) {
    queryErrors.addAll(List.of(errors));
    return this;
  }

  /** How many queries of a task find it unfinished (the first Queueing, then Processing); -1: forever. */
  FakeMiniMax processingFor(int queries) {
    processingQueries = queries;
    return this;
  }

  /** Tasks end in {@code Fail} with this {@code base_resp}, instead of Success. */
  FakeMiniMax tasksFail(BaseResp why) {
    failure = why;
    return this;
  }

  /** The next {@code count} download links handed out have already expired when used. */
  FakeMiniMax expiredLinks(int count) {
    linksToExpire.set(count);
    return this;
  }

  // ---- What it saw.

  /** Every create received, accepted or not. */
  int creates() {
    return creates.get();
  }

  /** The bodies of the creates that made a task. */
  synchronized List<JsonNode> tasks() {
    return List.copyOf(acceptedBodies);
  }

  int queries() {
    return queries.get();
  }

  /** When each query arrived, in {@link System#nanoTime} order. */
  synchronized List<Long> queryTimes() {
    return List.copyOf(queryTimes);
  }

  int retrieves() {
    return retrieves.get();
  }

  /** Downloads attempted, of live and expired links. */
  int downloads() {
    return downloads.get();
  }

  byte[] video() {
    return video.clone();
  }

  // ---- The API.

  private interface Endpoint {
    ObjectNode handle(HttpExchange exchange) throws IOException;
  }

  private void answer(HttpExchange exchange, Endpoint endpoint) throws IOException {
    try (exchange) {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      ObjectNode body;
      if (auth == null || !auth.startsWith("Bearer ") || auth.length() == "Bearer ".length()) {
        exchange.getRequestBody().readAllBytes();
        body = error(BaseResp.NOT_AUTHORIZED);
      } else if (!auth.equals("Bearer " + KEY)) {
        exchange.getRequestBody().readAllBytes();
        body = error(BaseResp.INVALID_API_KEY);
      } else {
        body = endpoint.handle(exchange);
      }
      byte[] bytes = JSON.writeValueAsBytes(body);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length); // MiniMax answers errors with 200 too
      exchange.getResponseBody().write(bytes);
    }
  }

  private ObjectNode create(HttpExchange exchange) throws IOException {
    JsonNode request = JSON.readTree(exchange.getRequestBody());
    creates.incrementAndGet();
    BaseResp scripted = everyCreate != null ? everyCreate : nextCreateError();
    if (scripted != null) return createAnswer("", scripted);
    if (!"POST".equals(exchange.getRequestMethod())) return createAnswer("", new BaseResp(2013, "invalid params, method"));
    String model = request.path("model").asText();
    if (!MODELS.contains(model)) return createAnswer("", new BaseResp(2013, "invalid params, model: " + model + " is not supported"));
    if (request.path("prompt").asText().length() > 2000) {
      return createAnswer("", new BaseResp(2013, "invalid params, prompt: longer than 2000 characters"));
    }
    String taskId = Long.toString(nextTask.getAndIncrement());
    synchronized (this) {
      acceptedBodies.add(request);
    }
    queriesByTask.put(taskId, new AtomicInteger());
    return createAnswer(taskId, BaseResp.SUCCESS);
  }

  private synchronized BaseResp nextCreateError() {
    return createErrors.poll();
  }

  private ObjectNode query(HttpExchange exchange) {
    queries.incrementAndGet();
    synchronized (this) {
      queryTimes.add(System.nanoTime());
    }
    BaseResp scripted = nextQueryError();
    if (scripted != null) return error(scripted);
    String taskId = param(exchange, "task_id");
    AtomicInteger seen = taskId == null ? null : queriesByTask.get(taskId);
    if (seen == null) return queryAnswer(taskId == null ? "" : taskId, "", "", 0, 0, new BaseResp(2013, "invalid params, task not found"));
    int n = seen.getAndIncrement();
    if (processingQueries < 0 || n < processingQueries) {
      return queryAnswer(taskId, n == 0 ? "Queueing" : "Processing", "", 0, 0, BaseResp.SUCCESS);
    }
    BaseResp why = failure;
    if (why != null) return queryAnswer(taskId, "Fail", "", 0, 0, why);
    return queryAnswer(taskId, "Success", Long.toString(fileIdOf(taskId)), videoWidth, videoHeight, BaseResp.SUCCESS);
  }

  private synchronized BaseResp nextQueryError() {
    return queryErrors.poll();
  }

  private ObjectNode retrieve(HttpExchange exchange) {
    retrieves.incrementAndGet();
    String fileId = param(exchange, "file_id");
    long id;
    try {
      id = Long.parseLong(fileId == null ? "" : fileId);
    } catch (NumberFormatException e) {
      return error(new BaseResp(2013, "invalid params, file_id"));
    }
    // A signed object-storage link, as MiniMax hands out; it would live about 9 hours.
    String signature = "sig" + nextSignature.incrementAndGet();
    if (linksToExpire.getAndUpdate(n -> Math.max(0, n - 1)) > 0) expiredSignatures.add(signature);
    long expires = Instant.now().plusSeconds(9 * 3600).getEpochSecond();
    ObjectNode body = JSON.createObjectNode();
    ObjectNode file = body.putObject("file");
    file.put("file_id", id);
    file.put("bytes", video.length);
    file.put("created_at", Instant.now().getEpochSecond());
    file.put("filename", "output.mp4");
    file.put("purpose", "video_generation");
    file.put("download_url", url() + "/download/" + id + "/output.mp4?Expires=" + expires
        + "&OSSAccessKeyId=LTAI5tFake&Signature=" + signature);
    baseResp(body, BaseResp.SUCCESS);
    return body;
  }

  private void download(HttpExchange exchange) throws IOException {
    try (exchange) {
      downloads.incrementAndGet();
      String signature = param(exchange, "Signature");
      if (signature == null || expiredSignatures.contains(signature)) {
        byte[] refusal = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
            + "<Message>Request has expired.</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(403, refusal.length);
        exchange.getResponseBody().write(refusal);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "video/mp4");
      exchange.sendResponseHeaders(200, video.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(video);
      }
    }
  }

  // ---- Shapes.

  private static ObjectNode createAnswer(String taskId, BaseResp base) {
    ObjectNode body = JSON.createObjectNode();
    body.put("task_id", taskId);
    baseResp(body, base);
    return body;
  }

  private static ObjectNode queryAnswer(String taskId, String status, String fileId, int width, int height, BaseResp base) {
    ObjectNode body = JSON.createObjectNode();
    body.put("task_id", taskId);
    body.put("status", status);
    body.put("file_id", fileId);
    body.put("video_width", width);
    body.put("video_height", height);
    baseResp(body, base);
    return body;
  }

  private static ObjectNode error(BaseResp base) {
    ObjectNode body = JSON.createObjectNode();
    baseResp(body, base);
    return body;
  }

  private static void baseResp(ObjectNode body, BaseResp base) {
    ObjectNode resp = body.putObject("base_resp");
    resp.put("status_code", base.code());
    resp.put("status_msg", base.message());
  }

  private static long fileIdOf(String taskId) {
    return FIRST_FILE_ID + (Long.parseLong(taskId) - FIRST_TASK_ID);
  }

  private static String param(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) return null;
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
