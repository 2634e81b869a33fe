package io.reelgate.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a dialect's routes so that whatever a handler throws is answered in that dialect's
 * error shape, through its {@link ErrorTable}. Internal errors are logged with their stack trace
 * and answered without it.
 */
public final class GuardedRoutes {
  /** Writes one failure in a dialect's wire shape. */
  @FunctionalInterface
  public interface ErrorWriter {
    void write(Context ctx, ErrorTable.Failure failure);
  }

  private static final Logger LOG = LoggerFactory.getLogger(GuardedRoutes.class);

  private final Javalin app;
  private final ErrorTable table;
  private final ErrorWriter writer;

  public GuardedRoutes(Javalin app, ErrorTable table, ErrorWriter writer) {
    this.app = app;
    this.table = table;
    this.writer = writer;
  }

  public GuardedRoutes get(String path, Handler handler) {
    app.get(path, guard(handler));
    return this;
  }

  public GuardedRoutes post(String path, Handler handler) {
    app.post(path, guard(handler));
    return this;
  }

  public GuardedRoutes delete(String path, Handler handler) {
    app.delete(path, guard(handler));
    return this;
  }

  private Handler guard(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Exception e) {
        ErrorTable.Failure failure = table.describe(e);
        if (failure.retryAfterSeconds() != null) {
          ctx.header("Retry-After", Long.toString(failure.retryAfterSeconds()));
        }
        if (failure.isInternal()) {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        }
        writer.write(ctx, failure);
      }
    };
  }
}
