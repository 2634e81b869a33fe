package io.reelgate.server.dialect.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.server.RunningServer;
import io.reelgate.server.openapi.OpenApiContract;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The real server with the real motion engine at a 64 px short side (real MP4s, made in a moment),
 * spoken to as the {@code openai} Python SDK speaks (its headers, its multipart form), every answer
 * of a documented operation checked against {@code /openapi/openai.json}.
 */
abstract class OpenAiServer extends RunningServer {
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect(OpenAiDialect.NAME);

  /** What openai-python 2.x sends with every request (_base_client.py: default_headers, platform_headers). */
  static final Map<String, String> SDK_HEADERS =
      Map.of(
          "User-Agent", "OpenAI/Python 2.54.0",
          "X-Stainless-Lang", "python",
          "X-Stainless-Package-Version", "2.54.0",
          "X-Stainless-OS", "Linux",
          "X-Stainless-Arch", "x64",
          "X-Stainless-Runtime", "CPython",
          "X-Stainless-Runtime-Version", "3.12.3",
          "X-Stainless-Retry-Count", "0");

  @BeforeAll
  static void smallRealRenders() {
    server.close();
    server = io.reelgate.server.ReelgateServer.start(config().build(), Clock.systemUTC(),
        MotionRenderer.atShortSide(64, EncoderSettings.defaults()));
  }

  /** A request as the SDK builds it: its headers, {@code Authorization: Bearer <key>}, {@code Accept} as given. */
  static HttpRequest.Builder sdk(String pathAndQuery, String key, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept);
    SDK_HEADERS.forEach(request::header);
    if (key != null) request.header("Authorization", "Bearer " + key);
    return request;
  }

  /** {@code POST path} as multipart/form-data, as httpx writes it: text fields, then the file part when {@code file} is not null. */
  static HttpResponse<String> multipart(String path, String key, Map<String, String> fields, String fileField, byte[] file, String fileType) {
    String boundary = UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
        + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"frame.png\"\r\n"
          + "Content-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = sdk(path, key, "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return conforming("POST", path, send(request.build()));
  }

  static HttpResponse<String> conforming(String method, String path, HttpResponse<String> response) {
    CONTRACT.assertResponseMatches(method, path.replaceFirst("\\?.*", ""), response);
    return response;
  }

  /** GET {@code /v1/videos/<id>} as the SDK's poll does. */
  static HttpResponse<String> poll(String id, String key) {
    HttpRequest request = sdk("/v1/videos/" + id, key, "application/json").header("X-Stainless-Poll-Helper", "true").GET().build();
    return conforming("GET", "/v1/videos/" + id, send(request));
  }

  /** create_and_poll's loop: until completed or failed, sleeping openai-poll-after-ms (read once), else 1000 ms. */
  static JsonNode pollToEnd(String id, String key) throws InterruptedException {
    Long interval = null;
    for (long deadline = System.nanoTime() + 60_000_000_000L; System.nanoTime() < deadline; ) {
      HttpResponse<String> response = poll(id, key);
      JsonNode video = json(response);
      String status = video.path("status").asText();
      if (status.equals("completed") || status.equals("failed")) return video;
      if (interval == null) interval = response.headers().firstValue("openai-poll-after-ms").map(Long::valueOf).orElse(1000L);
      Thread.sleep(interval);
    }
    throw new AssertionError("video " + id + " did not end in a minute");
  }
}
