package io.reelgate.server;

import io.javalin.Javalin;
import io.reelgate.server.http.ApiScopes;
import io.reelgate.server.http.JsonErrorHandler;
import io.reelgate.server.http.JsonFields;
import io.reelgate.server.http.RequestBodyLimits;
import io.reelgate.server.http.RequestIds;
import io.reelgate.server.limits.RequestLimits;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;

/** The HTTP server every API shares, before any route is registered on it. */
final class HttpApp {
  private HttpApp() {}

  /** Javalin on virtual threads, with the body limits of {@code limits} and errors in each API's shape ({@code scopes}). */
  static Javalin create(RequestLimits limits, ApiScopes scopes) {
    return Javalin.create(
        javalin -> {
          javalin.showJavalinBanner = false;
          javalin.http.maxRequestSize = JsonFields.MAX_BODY_BYTES;
          // A request waiting on a slow client (its body, its image URLs) parks a virtual
          // thread instead of holding one of a bounded pool that every request shares.
          javalin.useVirtualThreads = true;
          new RequestBodyLimits(limits).applyTo(javalin);
          // Errors: see ApiScopes (405 with Allow, JSON in each API's shape) and JsonErrorHandler.
          javalin.http.prefer405over404 = true;
          javalin.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
          javalin.jetty.modifyServletContextHandler(
              handler -> handler.addFilter(new FilterHolder(new RequestIds(scopes)), "/*", EnumSet.of(DispatcherType.REQUEST)));
        });
  }
}
