package io.reelgate.server.pages;

import io.javalin.Javalin;
import io.reelgate.server.dialect.ApiDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The documents anyone may read without a key: each dialect's OpenAPI document at {@code
 * /openapi/<name>.json} and that of Reelgate's own extensions at {@link #EXTENSIONS}, served from
 * the classpath as they are, the page at {@code /docs} ({@link
 * DocsPage}) and the files of its viewer under {@link #ASSETS}: Swagger UI from its webjar and the
 * page's own script, all from the jar, so the page needs no network beyond this server.
 */
public final class DocsRoutes {
  /** Where the page's scripts and style sheet are served. */
  static final String ASSETS = "/docs/assets/";
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
  /** The OpenAPI document of the {@code /reelgate/v1} extensions ({@link WebRoutes}). */
  static final String EXTENSIONS = "/openapi/reelgate.json";

  private final List<ApiDialect> dialects;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl the server's public URL, for the examples, without a trailing slash; asked for
   *     each page, since with port 0 it is known only once the port is bound
   */
  public DocsRoutes(List<ApiDialect> dialects, Supplier<String> baseUrl) {
    this.dialects = List.copyOf(dialects);
    this.baseUrl = baseUrl;
  }

  public void register(Javalin app) {
    Map<ApiDialect, byte[]> documents = new LinkedHashMap<>();
    for (ApiDialect dialect : dialects) {
      String resource = dialect.openApiResource();
      byte[] document = read(resource);
      if (document == null) {
        throw new IllegalStateException(
            "dialect " + dialect.name() + " has no OpenAPI document on the classpath at " + resource);
      }
      documents.put(dialect, document);
      app.get(resource, ctx -> ctx.contentType("application/json").result(document));
    }
    byte[] extensions = read(EXTENSIONS);
    if (extensions == null) throw new IllegalStateException("no " + EXTENSIONS + " on the classpath");
    app.get(EXTENSIONS, ctx -> ctx.contentType("application/json").result(extensions));
    app.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page(documents, baseUrl.get())));
    String webjar = WEBJAR + swaggerUiVersion() + "/";
    asset(app, "swagger-ui.css", webjar, "text/css; charset=utf-8");
    asset(app, "swagger-ui-bundle.js", webjar, "text/javascript; charset=utf-8");
    asset(app, "docs.js", "/docs/", "text/javascript; charset=utf-8");
    asset(app, "docs-dark.css", "/docs/", "text/css; charset=utf-8");
  }

  /** Every OpenAPI document served: the dialects', then the extensions'. */
  static List<String> documents(List<ApiDialect> dialects) {
    return Stream.concat(dialects.stream().map(ApiDialect::openApiResource), Stream.of(EXTENSIONS)).toList();
  }

  private static String page(Map<ApiDialect, byte[]> documents, String baseUrl) {
    Map<ApiDialect, DialectCalls> calls = new LinkedHashMap<>();
    documents.forEach((dialect, document) -> calls.put(dialect, DialectCalls.of(dialect, baseUrl, document)));
    return DocsPage.render(calls);
  }

  /** Serves the classpath file {@code folder + name} at {@link #ASSETS}{@code name}; the jar's files do not change. */
  private static void asset(Javalin app, String name, String folder, String contentType) {
    byte[] content = read(folder + name);
    if (content == null) throw new IllegalStateException("no " + folder + name + " on the classpath");
    app.get(ASSETS + name, ctx -> ctx.contentType(contentType).header("Cache-Control", "max-age=86400").result(content));
  }

  /** The version the webjar's files are filed under, from the pom properties it ships. */
  private static String swaggerUiVersion() {
    try (InputStream in = DocsRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the swagger-ui webjar's version", e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = DocsRoutes.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
