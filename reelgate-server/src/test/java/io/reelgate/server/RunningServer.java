package io.reelgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.render.Renderer;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.server.task.TinyEngine;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The real server on a free port, with a SQLite file in a temporary folder and two keys from the
 * configuration, started once per test class and driven over real HTTP.
 *
 * <p>It renders with the real motion engine, unless the class is marked {@link TinyRenders}.
 *
 * <p>The base of every dialect's test suite: {@link #post} and {@link #get} send {@code
 * Authorization: Bearer <key>}; a dialect that carries its key otherwise builds its request and
 * sends it with {@link #send(HttpRequest.Builder, String)}.
 */
public abstract class RunningServer {
  public static final String ALICE = "rg_test_alice_0123456789abcdef0123456789";
  public static final String BOB = "rg_test_bob_0123456789abcdef0123456789ab";
  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir protected static Path dataDir;
  protected static ReelgateServer server;
  /** How this class's server renders: {@link TinyRenders}, or null for the real motion engine. */
  private static TinyRenders tinyRenders;
  /** Real renders at a small size ({@link SmallRenders}), or null. */
  private static SmallRenders smallRenders;

  @BeforeAll
  static void startServer(TestInfo test) {
    tinyRenders = AnnotationSupport.findAnnotation(test.getTestClass().orElseThrow(), TinyRenders.class).orElse(null);
    smallRenders = AnnotationSupport.findAnnotation(test.getTestClass().orElseThrow(), SmallRenders.class).orElse(null);
    server = start(config());
  }

  /**
   * Starts a server on {@code config} rendering as this class asks: with the real motion engine, or
   * with the {@link TinyRenders} stand-in, whose renders are not worth waiting for when it stops.
   * For a class that restarts its server with another configuration.
   */
  protected static ReelgateServer start(ServerConfig.Builder config) {
    if (smallRenders != null) {
      Renderer small = MotionRenderer.atShortSide(smallRenders.shortSide(), new EncoderSettings("ultrafast", 23, 1));
      return ReelgateServer.start(config.build(), Clock.systemUTC(), small);
    }
    if (tinyRenders == null) return ReelgateServer.start(config.build());
    Renderer engine = new TinyEngine(tinyRenders.frames(), tinyRenders.millisPerFrame());
    return ReelgateServer.start(config.shutdownGrace(Duration.ZERO).build(), Clock.systemUTC(), engine);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  /** One worker, the temporary folder and the keys of Alice and Bob. */
  protected static ServerConfig.Builder config() {
    return ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of(ALICE, BOB));
  }

  protected static URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  /** POSTs the JSON {@code body} with {@code Authorization: Bearer <key>} (no header when null). */
  protected static HttpResponse<String> post(String path, String key, String body) {
    return send(jsonPost(path, body), bearer(key));
  }

  /** GETs {@code path} with {@code Authorization: Bearer <key>} (no header when null). */
  protected static HttpResponse<String> get(String path, String key) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), bearer(key));
  }

  /** A POST of the JSON {@code body} to {@code path}, without authorization yet. */
  protected static HttpRequest.Builder jsonPost(String path, String body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** {@code Bearer <key>}, or null for no key. */
  protected static String bearer(String key) {
    return key == null ? null : "Bearer " + key;
  }

  /** Sends the request with {@code Authorization: <authorization>}, or with no such header when null. */
  protected static HttpResponse<String> send(HttpRequest.Builder request, String authorization) {
    if (authorization != null) request.header("Authorization", authorization);
    return send(request.build());
  }

  protected static HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  protected static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** A JSON object body from alternating names and values, e.g. {@code body("prompt", "a cat")}. */
  protected static String body(Object... namesAndValues) {
    var node = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
    }
    return node.toString();
  }

  /** A gradient PNG of this size, drawn on the spot, as a {@code data:image/png;base64,} URI. */
  protected static String png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dataUri("image/png", out.toByteArray());
  }

  /** A core test photo ({@code /photos/<name>}) as a {@code data:image/...;base64,} URI. */
  protected static String photo(String name) {
    String type = name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
    return dataUri(type, TestPhotos.bytes(name));
  }

  protected static String dataUri(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
