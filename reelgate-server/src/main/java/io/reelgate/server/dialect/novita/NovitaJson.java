package io.reelgate.server.dialect.novita;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import io.reelgate.server.dialect.WireJson;

/** Novita's JSON: snake_case names for the records of this package. */
final class NovitaJson {
  private static final WireJson JSON =
      new WireJson(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));

  private NovitaJson() {}

  static void write(Context ctx, Object body) {
    JSON.write(ctx, body);
  }

  static String text(Object body) {
    return JSON.text(body);
  }
}
