package io.reelgate.server.pages;

import io.javalin.Javalin;
import io.reelgate.server.dialect.ApiDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The documents anyone may read without a key: each dialect's OpenAPI document at {@code
 * /openapi/<name>.json}, served from the classpath as it is, and the page at {@code /docs} that
 * lists the dialects with a link to each document and a copy-paste curl example.
 */
public final class DocsRoutes {
  private final List<ApiDialect> dialects;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl the server's public URL, for the curl examples, without a trailing slash;
   *     asked for each page, since with port 0 it is known only once the port is bound
   */
  public DocsRoutes(List<ApiDialect> dialects, Supplier<String> baseUrl) {
    this.dialects = List.copyOf(dialects);
    this.baseUrl = baseUrl;
  }

  public void register(Javalin app) {
    for (ApiDialect dialect : dialects) {
      String resource = dialect.openApiResource();
      byte[] document = read(resource);
      if (document == null) {
        throw new IllegalStateException(
            "dialect " + dialect.name() + " has no OpenAPI document on the classpath at " + resource);
      }
      app.get(resource, ctx -> ctx.contentType("application/json").result(document));
    }
    app.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page(baseUrl.get())));
  }

  private static byte[] read(String resource) {
    try (InputStream in = DocsRoutes.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private String page(String baseUrl) {
    StringBuilder html = new StringBuilder();
    html.append(
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Reelgate API dialects</title>
        <style>
        body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
        pre { background: #f3f3f3; padding: 1rem; overflow-x: auto; border-radius: 4px; }
        a { color: #0645ad; }
        </style>
        </head>
        <body>
        <main>
        <h1>Reelgate API dialects</h1>
        <p>This server answers the MiniMax Hailuo video API in the dialects below. Point a client of
        one of these providers at this server and keep the rest of its code. Every call needs an API
        key of this server; the examples read it from <code>$REELGATE_API_KEY</code>.</p>
        """);
    html.append("<nav aria-label=\"Dialects\"><ul>\n");
    for (ApiDialect dialect : dialects) {
      html.append("<li><a href=\"#").append(escape(dialect.name())).append("\">").append(escape(dialect.title())).append("</a></li>\n");
    }
    html.append("</ul></nav>\n");
    for (ApiDialect dialect : dialects) {
      String id = escape(dialect.name());
      html.append("<section aria-labelledby=\"").append(id).append("\">\n");
      html.append("<h2 id=\"").append(id).append("\">").append(escape(dialect.title())).append("</h2>\n");
      String document = dialect.openApiResource();
      html.append("<p>OpenAPI 3.1 document: <a href=\"").append(escape(document)).append("\">")
          .append(escape(document)).append("</a></p>\n");
      html.append("<p>Create a task:</p>\n<pre><code>").append(escape(dialect.curlExample(baseUrl))).append("</code></pre>\n");
      html.append("</section>\n");
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
