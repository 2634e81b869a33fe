package io.reelgate.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which API a path belongs to, so that what no route of it answers still comes in its shape. The
 * prefixes, longest first (each dialect declares its own in its {@code SCOPE}):
 *
 * <ul>
 *   <li>{@code /reelgate/v1/}: Reelgate's own extensions, {@code {"error": {code, message, field}}};
 *   <li>{@code /api/v3/}: GPTProto, {@code {"data": null, "message", "code"}};
 *   <li>{@code /v1/videos/generations/}, {@code /v1/tasks/}: Evolink, {@code {"error": {code, message, type}}};
 *   <li>{@code /v1/videos/}, every other path under it: OpenAI, {@code {"error": {message, type, param, code}}};
 *   <li>{@code /v1/}, every other path under it: MiniMax, {@code base_resp}, with {@code Trace-Id};
 *   <li>{@code /v3/}: Novita, {@code {"code", "reason", "message", "metadata"}};
 *   <li>anything else (the pages, {@code /files/}, {@code /healthz}, unknown paths): Reelgate's shape.
 * </ul>
 *
 * An unknown path answers 404 and a known path asked with another method 405 with {@code Allow},
 * in that HTTP status even for MiniMax (whose own errors are HTTP 200): they say the request never
 * reached an endpoint. Whatever else escapes a handler is answered through the scope's {@link
 * ErrorTable}. Errors Jetty answers before any of this (a malformed URI, headers too large) are
 * {@link JsonErrorHandler}'s.
 */
public final class ApiScopes {
  private static final Logger LOG = LoggerFactory.getLogger(ApiScopes.class);

  private record Prefix(String prefix, ApiScope scope) {}

  private final List<Prefix> prefixes;
  private final ApiScope fallback;

  /** @param fallback the scope of every path under none of the scopes' prefixes */
  public ApiScopes(List<ApiScope> scopes, ApiScope fallback) {
    List<Prefix> all = new ArrayList<>();
    for (ApiScope scope : scopes) {
      for (String prefix : scope.pathPrefixes()) all.add(new Prefix(prefix, scope));
    }
    for (String prefix : fallback.pathPrefixes()) all.add(new Prefix(prefix, fallback));
    all.sort(Comparator.comparingInt((Prefix p) -> p.prefix().length()).reversed());
    this.prefixes = List.copyOf(all);
    this.fallback = fallback;
  }

  /** The scope of {@code path}: the longest prefix it is under, else the fallback. */
  public ApiScope of(String path) {
    for (Prefix p : prefixes) {
      String prefix = p.prefix();
      if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) return p.scope();
    }
    return fallback;
  }

  /** Answers what escapes the routes: Javalin's 404 and 405, and any error outside a guarded route. */
  public void register(Javalin app) {
    app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e));
    app.exception(Exception.class, (e, ctx) -> answer(ctx, e));
  }

  private void answer(Context ctx, Exception e) {
    ApiScope scope = of(ctx.path());
    ErrorTable.Failure failure;
    if (e instanceof EndpointNotFound) {
      failure = scope.errors().forStatus(404, "no endpoint " + ctx.method() + " " + ctx.path());
    } else if (e instanceof MethodNotAllowedResponse notAllowed) {
      String allowed = String.join(", ", notAllowed.getDetails().values());
      ctx.header("Allow", allowed);
      failure = scope.errors().forStatus(405, ctx.method() + " is not allowed on " + ctx.path() + "; use " + allowed);
    } else {
      failure = scope.errors().describe(e);
    }
    if (failure.isInternal()) LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    if (failure.retryAfterSeconds() != null) ctx.header("Retry-After", Long.toString(failure.retryAfterSeconds()));
    scope.writer().write(ctx, failure);
    if (e instanceof EndpointNotFound) ctx.status(404);
    if (e instanceof MethodNotAllowedResponse) ctx.status(405);
  }
}
