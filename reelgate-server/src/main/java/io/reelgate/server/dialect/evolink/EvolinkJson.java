package io.reelgate.server.dialect.evolink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import io.reelgate.server.dialect.WireJson;

/** Evolink's JSON: snake_case names for the records of this package; null fields left out. */
final class EvolinkJson {
  private static final WireJson JSON =
      new WireJson(new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL));

  private EvolinkJson() {}

  static void write(Context ctx, Object body) {
    JSON.write(ctx, body);
  }

  static String text(Object body) {
    return JSON.text(body);
  }
}
