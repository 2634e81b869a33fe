package io.reelgate.server.dialect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * How one API's records become its JSON answers: the one way every dialect writes, each with its
 * own mapper (its naming rule, whether nulls are left out).
 */
public final class WireJson {
  private final ObjectMapper mapper;

  public WireJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Answers {@code body} as JSON, with the status already set (200 unless something set another). */
  public void write(Context ctx, Object body) {
    ctx.contentType("application/json").result(text(body));
  }

  public String text(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
