package io.reelgate.server.dialect.gptproto.unified;

import io.reelgate.server.RunningServer;
import io.reelgate.server.openapi.OpenApiContract;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The real server, spoken to as a client of GPTProto's unified API does, with every answer checked
 * against {@code /openapi/gptproto-unified.json}.
 */
abstract class GptprotoUnifiedServer extends RunningServer {
  static final String CREATE = "/api/v3/videos";
  static final OpenApiContract CONTRACT = OpenApiContract.forDialect(GptprotoUnifiedDialect.NAME);

  /** A text-to-video body for {@code model}. */
  static String textBody(String model) {
    return body("model", model, "prompt", "A lighthouse at dusk [Push in]", "duration", 6);
  }

  /** POSTs {@code body} with {@code Authorization: <authorization>} (none when null); checks the answer's shape. */
  static HttpResponse<String> create(String authorization, String body) {
    return conforming("POST", CREATE, send(jsonPost(CREATE, body), authorization));
  }

  static HttpResponse<String> read(String path, String authorization) {
    return conforming("GET", path, send(HttpRequest.newBuilder(uri(path)).GET(), authorization));
  }

  static HttpResponse<String> conforming(String method, String path, HttpResponse<String> response) {
    CONTRACT.assertResponseMatches(method, path, response);
    return response;
  }
}
