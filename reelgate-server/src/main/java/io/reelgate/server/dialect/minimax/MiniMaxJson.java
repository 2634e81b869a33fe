package io.reelgate.server.dialect.minimax;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import io.reelgate.server.dialect.WireJson;

/**
 * MiniMax's JSON: snake_case names for the records of this package, and always HTTP 200, errors
 * included (MiniMax tells success from failure by {@code base_resp.status_code}).
 */
final class MiniMaxJson {
  private static final WireJson JSON =
      new WireJson(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));

  private MiniMaxJson() {}

  static void write(Context ctx, Object body) {
    JSON.write(ctx.status(200), body);
  }

  static String text(Object body) {
    return JSON.text(body);
  }
}
