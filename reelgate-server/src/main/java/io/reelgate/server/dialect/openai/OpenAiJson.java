package io.reelgate.server.dialect.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import io.reelgate.server.dialect.WireJson;

/**
 * OpenAI's JSON: snake_case names; null fields are written as {@code null}, since the Video
 * object's nullable fields are always sent (as Azure's reference lists them).
 */
final class OpenAiJson {
  private static final WireJson JSON =
      new WireJson(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));

  private OpenAiJson() {}

  static void write(Context ctx, Object body) {
    JSON.write(ctx, body);
  }

  static String text(Object body) {
    return JSON.text(body);
  }
}
