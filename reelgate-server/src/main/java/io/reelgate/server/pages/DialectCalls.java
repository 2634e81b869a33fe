package io.reelgate.server.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.server.dialect.ApiDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four calls a client of one dialect makes, for the copy buttons on {@code /docs}, each taken
 * from what the dialect already states so the examples cannot drift from the server: the create
 * from its curl example, the poll from the first GET of its OpenAPI document, the cancel from its
 * cancel path, and the download from the signed link a finished task answers. All go to this
 * server; the ids a client fills in are the placeholders {@link #TASK_ID} and {@link #VIDEO_URL}.
 *
 * @param cancel null when the dialect has no cancel extension
 */
record DialectCalls(HttpCall create, HttpCall poll, HttpCall download, HttpCall cancel) {
  static final String TASK_ID = "TASK_ID";
  static final String VIDEO_URL = "VIDEO_URL";
  private static final ObjectMapper JSON = new ObjectMapper();

  static DialectCalls of(ApiDialect dialect, String baseUrl, byte[] openApiDocument) {
    HttpCall create = HttpCall.fromCurl(dialect.curlExample(baseUrl));
    HttpCall poll = create.withAuthorization("GET", baseUrl + pollPath(openApiDocument));
    HttpCall download = new HttpCall("GET", VIDEO_URL, Map.of(), null, "video.mp4");
    String cancelPath = dialect.cancelPath(TASK_ID);
    HttpCall cancel = cancelPath == null ? null : create.withAuthorization("POST", baseUrl + cancelPath);
    return new DialectCalls(create, poll, download, cancel);
  }

  /** The calls in the order a client makes them, with their headings on the page. */
  Map<String, HttpCall> byStep() {
    Map<String, HttpCall> steps = new LinkedHashMap<>();
    steps.put("Create a task", create);
    steps.put("Poll the task", poll);
    steps.put("Download the video", download);
    if (cancel != null) steps.put("Cancel the task", cancel);
    return steps;
  }

  /**
   * The first GET operation of the document, with {@link #TASK_ID} in its path parameters and in
   * each required query parameter: every dialect's document lists its task query first.
   */
  static String pollPath(byte[] openApiDocument) {
    JsonNode paths = read(openApiDocument).path("paths");
    for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
      JsonNode get = path.getValue().get("get");
      if (get == null) continue;
      List<String> query = new ArrayList<>();
      for (JsonNode parameter : get.path("parameters")) {
        if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
          query.add(parameter.path("name").asText() + "=" + TASK_ID);
        }
      }
      String withIds = path.getKey().replaceAll("\\{[^}]+}", TASK_ID);
      return query.isEmpty() ? withIds : withIds + "?" + String.join("&", query);
    }
    throw new IllegalStateException("an OpenAPI document without a GET operation, so no poll");
  }

  private static JsonNode read(byte[] document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException("an unreadable OpenAPI document", e);
    }
  }
}
