package io.reelgate.server.dialect.gptproto.unified;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Writes the unified API's JSON answers: a task object, or an error body, with its status. */
final class UnifiedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private UnifiedJson() {}

  static void write(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(text(body));
  }

  static String text(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a GPTProto unified answer as JSON", e);
    }
  }
}
