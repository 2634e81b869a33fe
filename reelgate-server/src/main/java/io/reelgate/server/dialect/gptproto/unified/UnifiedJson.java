package io.reelgate.server.dialect.gptproto.unified;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.reelgate.server.dialect.WireJson;

/** Writes the unified API's JSON answers: a task object, or an error body, with its status. */
final class UnifiedJson {
  private static final WireJson JSON = new WireJson(new ObjectMapper());

  private UnifiedJson() {}

  static void write(Context ctx, int status, Object body) {
    JSON.write(ctx.status(status), body);
  }

  static String text(Object body) {
    return JSON.text(body);
  }
}
