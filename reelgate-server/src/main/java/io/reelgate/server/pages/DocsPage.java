package io.reelgate.server.pages;

import io.reelgate.server.dialect.ApiDialect;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTML of {@code /docs}: the interactive OpenAPI viewer over the document chosen in a list,
 * then for each dialect a link to its document and its create, poll, download and cancel calls in
 * curl, Python and JavaScript, each with a copy button. Everything it loads comes from this server
 * ({@link DocsRoutes#ASSETS}), so the page works offline; a dark system setting gives it dark
 * colours, Swagger UI's included ({@code docs-dark.css}).
 */
final class DocsPage {
  /** The languages of the examples, in the order the page shows them. */
  private enum Language {
    CURL("curl", HttpCall::curl),
    PYTHON("Python (requests)", HttpCall::python),
    JAVASCRIPT("JavaScript (fetch)", HttpCall::javascript);

    final String label;
    final Function<HttpCall, String> writer;

    Language(String label, Function<HttpCall, String> writer) {
      this.label = label;
      this.writer = writer;
    }
  }

  private final StringBuilder html = new StringBuilder();

  /** @param calls each dialect's calls, in the order the page lists the dialects */
  static String render(Map<ApiDialect, DialectCalls> calls) {
    DocsPage page = new DocsPage();
    page.head();
    page.viewer(calls);
    calls.forEach(page::dialect);
    page.html.append("</main>\n<script src=\"").append(DocsRoutes.ASSETS).append("swagger-ui-bundle.js\"></script>\n")
        .append("<script src=\"").append(DocsRoutes.ASSETS).append("docs.js\"></script>\n</body>\n</html>\n");
    return page.html.toString();
  }

  private void head() {
    html.append(
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="%sswagger-ui.css">
        <style>
        body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
        .scroll pre { background: #f3f3f3; padding: 1rem; margin: 0; border-radius: 4px; }
        .scroll { overflow-x: auto; }
        .scroll:focus { outline: 2px solid #0645ad; }
        a { color: #0645ad; }
        /* Swagger UI's own colours, darkened to a 4.5:1 contrast for their text. */
        .swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1b7f4f; }
        .swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b63c4; }
        .swagger-ui .opblock.opblock-put .opblock-summary-method { background: #9c5a00; }
        .swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #c62828; }
        .swagger-ui .info .title small.version-stamp { background-color: #4a6e00; }
        .swagger-ui .info .url, .swagger-ui .info a { color: #1a5fb4; }
        .swagger-ui .btn.authorize, .swagger-ui .btn.authorize span { color: #1b7f4f; border-color: #1b7f4f; }
        .swagger-ui .json-schema-2020-12-expand-deep-button, .swagger-ui .parameter__in { color: #555; }
        .swagger-ui .json-schema-2020-12__constraint, .swagger-ui .json-schema-2020-12__constraint--string { background-color: #8a5a00; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        </style>
        <link rel="stylesheet" href="%sdocs-dark.css" media="(prefers-color-scheme: dark)">
        <title>Reelgate API reference</title>
        </head>
        <body>
        <main>
        <h1>Reelgate API reference</h1>
        <p>This server answers the MiniMax Hailuo and H3 video APIs, and OpenAI's Videos API, in the dialects below. Point a client of
        one of these providers at this server and keep the rest of its code. Every call needs an API
        key of this server; the examples read it from <code>$REELGATE_API_KEY</code>, and send every
        request to this server only. Replace <code>TASK_ID</code> with the id a create answered, and
        <code>VIDEO_URL</code> with the signed link (<code>/files/…</code> on this server) that a
        finished task's answer gives (MiniMax's through <code>/v1/files/retrieve</code>).</p>
        <p id="copy-status" class="visually-hidden" role="status"></p>
        """.formatted(DocsRoutes.ASSETS, DocsRoutes.ASSETS));
  }

  private void viewer(Map<ApiDialect, DialectCalls> calls) {
    html.append("<nav aria-label=\"Dialects\"><ul>\n");
    calls.keySet().forEach(d -> html.append("<li><a href=\"#").append(escape(d.name())).append("\">").append(escape(d.title())).append("</a></li>\n"));
    html.append("</ul></nav>\n<section aria-labelledby=\"reference\">\n<h2 id=\"reference\">Interactive reference</h2>\n")
        .append("<p>Requests you try here go to this server, whatever the document's server list says.</p>\n")
        .append("<label for=\"document\">OpenAPI document</label>\n<select id=\"document\">\n");
    calls.keySet().forEach(d -> html.append("<option value=\"").append(escape(d.openApiResource())).append("\">").append(escape(d.title())).append("</option>\n"));
    html.append("<option value=\"").append(DocsRoutes.EXTENSIONS).append("\">Reelgate extensions (/reelgate/v1)</option>\n");
    html.append("</select>\n<div id=\"swagger-ui\"></div>\n")
        .append("<noscript><p>The interactive reference needs JavaScript; the documents are linked below.</p></noscript>\n</section>\n");
  }

  private void dialect(ApiDialect dialect, DialectCalls calls) {
    String id = escape(dialect.name());
    html.append("<section aria-labelledby=\"").append(id).append("\">\n");
    html.append("<h2 id=\"").append(id).append("\">").append(escape(dialect.title())).append("</h2>\n");
    String document = escape(dialect.openApiResource());
    html.append("<p>OpenAPI 3.1 document: <a href=\"").append(document).append("\">").append(document).append("</a></p>\n");
    int step = 0;
    for (Map.Entry<String, HttpCall> call : calls.byStep().entrySet()) {
      String stepId = id + "-" + step++;
      html.append("<h3>").append(escape(call.getKey())).append("</h3>\n");
      for (Language language : Language.values()) {
        example(stepId + "-" + language.name().toLowerCase(Locale.ROOT), call.getKey(), language.label, language.writer.apply(call.getValue()));
      }
    }
    html.append("</section>\n");
  }

  /** One example: its language, its code in a focusable scrolling region, and a copy button. */
  private void example(String id, String step, String language, String code) {
    String label = escape(language + ": " + step);
    html.append("<div class=\"scroll\" id=\"").append(id).append("\" role=\"region\" tabindex=\"0\" aria-label=\"").append(label).append("\">")
        .append("<pre><code>").append(escape(code)).append("</code></pre></div>\n")
        .append("<p><button type=\"button\" data-copy=\"").append(id).append("\">Copy ").append(escape(language)).append("</button></p>\n");
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
