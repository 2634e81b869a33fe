package io.reelgate.server.dialect.minimaxv2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.reelgate.server.dialect.WireJson;

/** MiniMax V2's JSON: maps written as built, absent values left out. */
final class V2Json {
  private static final WireJson JSON =
      new WireJson(new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL));

  private V2Json() {}

  static void write(Context ctx, Object body) {
    JSON.write(ctx, body);
  }

  static String text(Object body) {
    return JSON.text(body);
  }
}
