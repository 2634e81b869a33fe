package io.reelgate.server.dialect.gptproto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GPTProto's wrapper, {@code {"data": ..., "message": ..., "code": ...}}, around every answer:
 * {@code "success"} and 200 with a prediction, or the error's message and HTTP status with {@code
 * data: null}. The HTTP status is always the {@code code}.
 */
final class GptprotoJson {
  static final String SUCCESS = "success";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GptprotoJson() {}

  static void success(Context ctx, GptprotoPrediction prediction) {
    write(ctx, 200, prediction, SUCCESS);
  }

  static void failure(Context ctx, int status, String message) {
    write(ctx, status, null, message);
  }

  /** The body of a successful answer with {@code prediction}. */
  static String successText(GptprotoPrediction prediction) {
    return text(200, prediction, SUCCESS);
  }

  private static void write(Context ctx, int status, Object data, String message) {
    ctx.status(status).contentType("application/json").result(text(status, data, message));
  }

  private static String text(int status, Object data, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    body.put("message", message);
    body.put("code", status);
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a GPTProto answer as JSON", e);
    }
  }
}
