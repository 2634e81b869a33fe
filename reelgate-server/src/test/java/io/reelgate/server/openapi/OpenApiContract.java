package io.reelgate.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dialect's OpenAPI 3.1 document (classpath {@code /openapi/<dialect>.json}, the file the server
 * serves) used as a contract in tests: a real response must match the JSON Schema (2020-12) that
 * the document gives for its operation and status, or the test fails listing every violation.
 *
 * <pre>{@code
 * OpenApiContract contract = OpenApiContract.forDialect("novita");
 * HttpResponse<String> response = get("/v3/async/task-result?task_id=" + id, ALICE);
 * contract.assertResponseMatches("GET", "/v3/async/task-result", response);
 * }</pre>
 *
 * <p>Schemas may {@code $ref} {@code #/components/schemas/...}; response objects may {@code $ref}
 * {@code #/components/responses/...}. The status is looked up as given, then as its class ({@code
 * 4XX}), then {@code default}. With {@code additionalProperties: false} in the document, "matches"
 * means exactly the documented fields.
 */
public final class OpenApiContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * JSON Schema 2020-12, knowing the OpenAPI keywords that annotate without validating (and the
   * {@code components} this class puts beside a schema), so that they are not logged as unknown.
   */
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          factory ->
              factory.metaSchema(
                  JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                      .keywords(
                          Stream.of("components", "example", "discriminator", "xml", "externalDocs")
                              .map(NonValidationKeyword::new)
                              .toList())
                      .build()));
  private static final String MEDIA_TYPE = "application/json";
  private static final int MAX_BODY_SHOWN = 2_000;

  private final String name;
  private final JsonNode document;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  private OpenApiContract(String name, JsonNode document) {
    this.name = name;
    this.document = document;
  }

  /** The document the server serves for {@code dialect}, e.g. {@code forDialect("novita")}. */
  public static OpenApiContract forDialect(String dialect) {
    return forResource("/openapi/" + dialect + ".json");
  }

  /** A document from the classpath, e.g. {@code /openapi/novita.json}. */
  public static OpenApiContract forResource(String resource) {
    try (InputStream in = OpenApiContract.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("no OpenAPI document on the classpath at " + resource);
      return of(resource, JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document " + resource, e);
    }
  }

  /** A document given as JSON text (for testing the checker itself). */
  public static OpenApiContract of(String name, String documentJson) {
    try {
      return of(name, JSON.readTree(documentJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " is not JSON", e);
    }
  }

  private static OpenApiContract of(String name, JsonNode document) {
    String version = document.path("openapi").asText("");
    if (!version.startsWith("3.1")) {
      throw new IllegalArgumentException(name + " is not an OpenAPI 3.1 document (openapi: '" + version + "')");
    }
    return new OpenApiContract(name, document);
  }

  /** The parsed document, for tests that look at it directly. */
  public JsonNode document() {
    return document;
  }

  /** Every operation of the document as {@code "POST /v3/async/minimax-hailuo-02"}. */
  public List<String> operations() {
    List<String> operations = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (HTTP_METHODS.contains(method)) operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
    }));
    return operations;
  }

  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * Fails unless every example the document gives (request bodies' {@code example} and {@code
   * examples}, and responses' {@code example}) matches its own schema, so that the document does
   * not contradict itself.
   */
  public void assertExamplesMatchTheirSchemas() {
    List<String> violations = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (!HTTP_METHODS.contains(op.getKey())) return;
      String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
      JsonNode request = resolve(op.getValue().path("requestBody")).path("content").path(MEDIA_TYPE);
      checkExamples(where + " request", request, violations);
      op.getValue().path("responses").fields().forEachRemaining(response ->
          checkExamples(where + " " + response.getKey(), resolve(response.getValue()).path("content").path(MEDIA_TYPE), violations));
    }));
    if (!violations.isEmpty()) {
      throw new AssertionError(name + " has examples that do not match their schemas:\n  - " + String.join("\n  - ", violations));
    }
  }

  private void checkExamples(String where, JsonNode media, List<String> violations) {
    if (media.isMissingNode() || !media.has("schema")) return;
    JsonSchema schema = compile(media.path("schema"));
    List<Map.Entry<String, JsonNode>> examples = new ArrayList<>();
    if (media.has("example")) examples.add(Map.entry("example", media.path("example")));
    media.path("examples").fields().forEachRemaining(e -> examples.add(Map.entry(e.getKey(), resolve(e.getValue()).path("value"))));
    for (Map.Entry<String, JsonNode> example : examples) {
      for (ValidationMessage v : schema.validate(example.getValue())) {
        violations.add(where + " example '" + example.getKey() + "': " + v.getMessage());
      }
    }
  }

  /**
   * Fails unless {@code requestBody} is JSON matching the schema the document gives for this
   * operation's request body ({@code path} as in {@link #assertResponseMatches(String, String,
   * int, String)}).
   */
  public void assertRequestMatches(String method, String path, String requestBody) {
    String where = method.toUpperCase(Locale.ROOT) + " " + template(path);
    JsonNode operation = document.path("paths").path(template(path)).path(method.toLowerCase(Locale.ROOT));
    JsonNode schema = resolve(operation.path("requestBody")).path("content").path(MEDIA_TYPE).path("schema");
    if (schema.isMissingNode()) throw new AssertionError(name + " documents no request body for " + where);
    JsonNode body;
    try {
      body = JSON.readTree(requestBody);
    } catch (JsonProcessingException e) {
      throw new AssertionError(where + ": the request body is not JSON: " + shorten(requestBody));
    }
    Set<ValidationMessage> violations = compile(schema).validate(body);
    if (!violations.isEmpty()) {
      throw new AssertionError(where + " request does not match " + name + ":\n  - "
          + String.join("\n  - ", violations.stream().map(ValidationMessage::getMessage).sorted().toList())
          + "\nbody: " + shorten(requestBody));
    }
  }

  /** The names of the properties of this operation's request body schema, and which are required. */
  public Map<String, Boolean> requestProperties(String method, String path) {
    JsonNode operation = document.path("paths").path(template(path)).path(method.toLowerCase(Locale.ROOT));
    JsonNode schema = resolve(resolve(operation.path("requestBody")).path("content").path(MEDIA_TYPE).path("schema"));
    Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Map<String, Boolean> properties = new java.util.LinkedHashMap<>();
    schema.path("properties").fieldNames().forEachRemaining(p -> properties.put(p, required.contains(p)));
    return properties;
  }

  /**
   * Whether the document gives a response for {@code status} of this operation (itself, its {@code
   * 4XX} or {@code default}); {@code path} as for {@link #assertResponseMatches}.
   */
  public boolean documents(String method, String path, int status) {
    JsonNode responses = document.path("paths").path(template(path)).path(method.toLowerCase(Locale.ROOT)).path("responses");
    String statusKey = String.valueOf(status);
    return responses.has(statusKey) || responses.has(statusKey.charAt(0) + "XX") || responses.has("default");
  }

  /** {@link #assertResponseMatches(String, String, int, String)} with the response's status and body. */
  public void assertResponseMatches(String method, String path, HttpResponse<String> response) {
    assertResponseMatches(method, path, response.statusCode(), response.body());
  }

  /**
   * Fails unless {@code responseBody} is JSON matching the schema the document gives for this
   * operation and status. {@code path} is a path template of the document ({@code
   * /v1/tasks/{task_id}}) or a concrete path that one template matches ({@code /v1/tasks/abc});
   * a query string is ignored.
   *
   * @throws AssertionError listing the violations, or saying what the document lacks
   */
  public void assertResponseMatches(String method, String path, int status, String responseBody) {
    String operation = method.toUpperCase(Locale.ROOT) + " " + path + " " + status;
    JsonNode body;
    try {
      body = JSON.readTree(responseBody);
    } catch (JsonProcessingException e) {
      throw new AssertionError(operation + ": the body is not JSON: " + shorten(responseBody));
    }
    if (body == null || body.isMissingNode()) {
      throw new AssertionError(operation + ": the body is empty; " + name + " documents a JSON body");
    }
    JsonSchema schema = compiled.computeIfAbsent(schemaKey(method, path, status), key -> compile(method, path, status));
    Set<ValidationMessage> violations = schema.validate(body);
    if (!violations.isEmpty()) {
      StringBuilder message =
          new StringBuilder(operation).append(" does not match ").append(name).append(" (").append(violations.size()).append(" violation(s)):");
      violations.stream().map(ValidationMessage::getMessage).sorted().forEach(v -> message.append("\n  - ").append(v));
      message.append("\nbody: ").append(shorten(body.toString()));
      throw new AssertionError(message.toString());
    }
  }

  private String schemaKey(String method, String path, int status) {
    return method.toLowerCase(Locale.ROOT) + " " + template(path) + " " + status;
  }

  private JsonSchema compile(String method, String path, int status) {
    String template = template(path);
    String where = method.toUpperCase(Locale.ROOT) + " " + template;
    JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
    if (operation.isMissingNode()) throw new AssertionError(name + " documents no operation " + where);
    JsonNode responses = operation.path("responses");
    String statusKey = String.valueOf(status);
    JsonNode response = responses.path(statusKey);
    if (response.isMissingNode()) response = responses.path(statusKey.charAt(0) + "XX");
    if (response.isMissingNode()) response = responses.path("default");
    if (response.isMissingNode()) {
      throw new AssertionError(name + " documents no response " + status + " for " + where + " (it has " + keys(responses) + ")");
    }
    response = resolve(response);
    JsonNode schema = response.path("content").path(MEDIA_TYPE).path("schema");
    if (schema.isMissingNode()) {
      throw new AssertionError(name + " documents no " + MEDIA_TYPE + " schema for " + where + " " + status);
    }
    return compile(schema);
  }

  /**
   * The schema as the root's only $def, with the document's components alongside, so that
   * "#/components/schemas/..." resolves within this root as it does within the document.
   */
  private JsonSchema compile(JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$ref", "#/$defs/response");
    root.putObject("$defs").set("response", schema);
    root.set("components", document.path("components"));
    return SCHEMAS.getSchema(root);
  }

  /** The document's path template for {@code path}: itself, or the one template that matches it. */
  private String template(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    JsonNode paths = document.path("paths");
    if (paths.has(bare)) return bare;
    List<String> matches = new ArrayList<>();
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (bare.matches(templatePattern(template))) matches.add(template);
    }
    if (matches.size() == 1) return matches.get(0);
    throw new AssertionError(
        name + ": " + (matches.isEmpty() ? "no path template matches " : "several path templates match ") + bare + " " + matches);
  }

  private static String templatePattern(String template) {
    StringBuilder pattern = new StringBuilder();
    for (String part : template.split("\\{[^}/]+}", -1)) {
      if (!pattern.isEmpty()) pattern.append("[^/]+");
      pattern.append(Pattern.quote(part));
    }
    return pattern.toString();
  }

  /** Follows a local {@code $ref} of an OpenAPI object (not of a schema: the validator does those). */
  private JsonNode resolve(JsonNode node) {
    for (int hops = 0; node.has("$ref"); hops++) {
      String ref = node.path("$ref").asText();
      if (!ref.startsWith("#/") || hops > 10) throw new AssertionError(name + ": cannot follow $ref " + ref);
      node = document.at(ref.substring(1));
      if (node.isMissingNode()) throw new AssertionError(name + ": $ref " + ref + " points at nothing");
    }
    return node;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_BODY_SHOWN ? text : text.substring(0, MAX_BODY_SHOWN) + "... (" + text.length() + " chars)";
  }
}
