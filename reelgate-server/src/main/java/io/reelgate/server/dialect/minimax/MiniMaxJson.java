package io.reelgate.server.dialect.minimax;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;

/**
 * MiniMax's JSON: snake_case names for the records of this package, and always HTTP 200, errors
 * included (MiniMax tells success from failure by {@code base_resp.status_code}).
 */
final class MiniMaxJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private MiniMaxJson() {}

  static void write(Context ctx, Object body) {
    ctx.status(200).contentType("application/json").result(text(body));
  }

  static String text(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
