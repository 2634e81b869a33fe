package io.reelgate.server.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The static files of the playground, served from the classpath folder {@code /web}: {@code /} is
 * {@code index.html}, {@code /operator} is {@code operator.html}, {@code /web/<name>} the
 * scripts, styles and pictures they load, and {@code /web/examples/<name>} the example photos the
 * playground offers for a first try. Only plain names of known types are served, so no path
 * can leave the folder. The pages allow scripts and styles from this server only.
 */
final class PlaygroundPages {
  private static final Pattern NAME = Pattern.compile("(examples/)?[a-z0-9][a-z0-9-]*\\.(html|js|css|svg|jpg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "jpg", "image/jpeg");
  /**
   * Videos and thumbnails come from result links, which may be on another host ({@code
   * --public-url}); everything else from this server.
   */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
          + " img-src 'self' data: blob: http: https:; media-src 'self' blob: http: https:;"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

  private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

  void register(Javalin app) {
    app.get("/", ctx -> serve(ctx, "index.html"));
    app.get("/operator", ctx -> serve(ctx, "operator.html"));
    app.get("/web/{name}", ctx -> serve(ctx, ctx.pathParam("name")));
    app.get("/web/examples/{name}", ctx -> serve(ctx, "examples/" + ctx.pathParam("name")));
  }

  private void serve(Context ctx, String name) {
    Optional<byte[]> file = NAME.matcher(name).matches() ? files.computeIfAbsent(name, PlaygroundPages::read) : Optional.empty();
    if (file.isEmpty()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
      return;
    }
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    ctx.header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer");
    if (name.endsWith(".html")) ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.contentType(type).result(file.get());
  }

  private static Optional<byte[]> read(String name) {
    try (InputStream in = PlaygroundPages.class.getResourceAsStream("/web/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /web/" + name, e);
    }
  }
}
