package io.reelgate.server.http;

import io.javalin.http.HttpResponseException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.ServiceUnavailableException;
import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.core.error.ReelgateException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dialect's table from errors to HTTP status and error code. A class not in the table takes
 * the row of its nearest superclass that is. Only errors of Reelgate's own hierarchy show their
 * message to the client; anything else is an internal error whose message stays in the log.
 */
public final class ErrorTable {
  /** How a dialect reports one kind of error. */
  public record Row(int status, String code) {}

  /**
   * An error as a dialect writes it: status, code, a message safe to show, the wire name of the
   * field it is about (null when it is about no field), and the seconds of {@code Retry-After}
   * (null when trying again later is no help).
   */
  public record Failure(int status, String code, String message, String field, Long retryAfterSeconds) {
    /** A fault of the server, logged with its stack trace; a 5xx that says when to retry (503 while starting) is not one. */
    public boolean isInternal() {
      return status >= 500 && retryAfterSeconds == null;
    }
  }

  private static final String INTERNAL_MESSAGE = "internal error; the server log has the details";

  private final Map<Class<? extends Throwable>, Row> rows;
  private final Map<Integer, String> codesByStatus;
  private final Row internal;

  private ErrorTable(Map<Class<? extends Throwable>, Row> rows, Map<Integer, String> codesByStatus, Row internal) {
    this.rows = Map.copyOf(rows);
    this.codesByStatus = Map.copyOf(codesByStatus);
    this.internal = internal;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Failure describe(Throwable error) {
    if (error instanceof ReelgateException known) {
      Row row = rowFor(known.getClass());
      String field = known instanceof InvalidFieldException invalid ? invalid.field() : null;
      return new Failure(row.status(), row.code(), known.getMessage(), field, retryAfterSeconds(known));
    }
    if (error instanceof HttpResponseException http && http.getStatus() < 500) {
      // Javalin's own refusals before our handler runs, e.g. 413 for a body over the size limit.
      return forStatus(http.getStatus(), http.getMessage());
    }
    return new Failure(internal.status(), internal.code(), INTERNAL_MESSAGE, null, null);
  }

  /** A refusal of the web layer itself (an unknown path, a wrong method), with the code for its status. */
  public Failure forStatus(int status, String message) {
    return new Failure(status, codesByStatus.getOrDefault(status, "HTTP_" + status), message, null, null);
  }

  private static Long retryAfterSeconds(ReelgateException error) {
    if (error instanceof TooManyRequestsException limited) return limited.retryAfterSeconds();
    if (error instanceof ServiceUnavailableException unavailable) return unavailable.retryAfterSeconds();
    return null;
  }

  private Row rowFor(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Row row = rows.get(c);
      if (row != null) return row;
    }
    return internal;
  }

  public static final class Builder {
    private final Map<Class<? extends Throwable>, Row> rows = new LinkedHashMap<>();
    private final Map<Integer, String> codesByStatus = new LinkedHashMap<>();
    private Row internal = new Row(500, "INTERNAL_SERVER_ERROR");

    public Builder map(Class<? extends ReelgateException> type, int status, String code) {
      rows.put(type, new Row(status, code));
      return this;
    }

    /** The code for an HTTP error raised by the web layer itself (such as 413). */
    public Builder status(int status, String code) {
      codesByStatus.put(status, code);
      return this;
    }

    public Builder internal(int status, String code) {
      internal = new Row(status, code);
      return this;
    }

    public ErrorTable build() {
      return new ErrorTable(rows, codesByStatus, internal);
    }
  }
}
