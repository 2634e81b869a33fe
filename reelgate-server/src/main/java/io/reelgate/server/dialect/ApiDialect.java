package io.reelgate.server.dialect;

import io.javalin.Javalin;
import io.reelgate.server.http.ApiScope;
import io.reelgate.server.http.ApiScopes;
import java.util.Optional;

/**
 * One provider's API as Reelgate speaks it: a thin translation from its wire JSON to one core
 * request, and from a core task back to its wire JSON. Validation, state and storage are the
 * core's; a dialect only registers its routes and writes its own shapes, errors included.
 *
 * <p>Each dialect also documents itself: an OpenAPI 3.1 document on the classpath at {@link
 * #openApiResource()} ({@code /openapi/<name>.json} by convention, in {@code
 * src/main/resources/openapi/}), which the server serves at that same path and which the tests
 * check real responses against, and a {@link #title()} and {@link #curlExample(String)} for the
 * page at {@code /docs}. The server does not start if a dialect's document is missing.
 */
public abstract class ApiDialect {
  private final String name;
  private final String title;
  /** The core services every dialect works with. */
  protected final DialectServices services;

  /** {@code name} as {@link #name()}, {@code title} as {@link #title()}. */
  protected ApiDialect(String name, String title, DialectServices services) {
    this.name = name;
    this.title = title;
    this.services = services;
  }

  /** The name stored with the tasks it creates, e.g. {@code novita}; also names its OpenAPI document. */
  public final String name() {
    return name;
  }

  public abstract void register(Javalin app);

  /**
   * The paths this dialect answers under, and how it writes errors and request ids there ({@link
   * ApiScopes}); empty leaves its unknown paths to Reelgate's own error shape.
   */
  public Optional<ApiScope> scope() {
    return Optional.empty();
  }

  /**
   * The provider's name as people know it, for the docs page, e.g. {@code "Novita / HighwayAPI"}.
   * Plain text; the page escapes it.
   */
  public final String title() {
    return title;
  }

  /**
   * A copy-paste shell command that creates a task in this dialect against the server at {@code
   * baseUrl} (scheme and host, no trailing slash, e.g. {@code http://localhost:8080}), such as
   * <pre>{@code
   * curl -X POST http://localhost:8080/v3/async/minimax-hailuo-2.3-t2v \
   *   -H "Authorization: Bearer $REELGATE_API_KEY" \
   *   -H "Content-Type: application/json" \
   *   -d '{"prompt": "...", "duration": 6, "resolution": "768P"}'
   * }</pre>
   * The key is read from {@code $REELGATE_API_KEY}; lines end with a backslash; headers are in
   * double quotes and the JSON body in single quotes after {@code -d}; the body has no image or a
   * public image URL (no data URI), so the example stays short. Plain text; the page escapes it.
   * {@code DocsTest} sends it as printed and expects the create's success (200, or 202 where the API
   * answers so).
   */
  public abstract String curlExample(String baseUrl);

  /**
   * The classpath resource of this dialect's OpenAPI 3.1 document, served at the same path:
   * {@code /openapi/<name>.json}.
   */
  public String openApiResource() {
    return "/openapi/" + name() + ".json";
  }

  /**
   * The path (and query) of Reelgate's cancel extension for a task of this dialect, answered to
   * a POST with {@code Authorization: Bearer <key>} and no body; null when the dialect has none.
   */
  public String cancelPath(String taskId) {
    return null;
  }
}
