package io.reelgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.openapi.OpenApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents served without a key: each dialect's OpenAPI document and the {@code /docs} page:
 * its viewer's files served from the jar, nothing loaded from elsewhere, and per dialect a link to
 * its document and copy-paste calls whose curl examples work as printed.
 */
@TinyRenders
class DocsTest extends RunningServer {

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "minimax-v2", "openai"})
  void openapi_document_of_each_dialect_is_served_without_a_key_as_on_the_classpath(String dialect) {
    String path = "/openapi/" + dialect + ".json";
    HttpResponse<String> response = get(path, null);

    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body()).isEqualTo(classpath(path));
    OpenApiContract contract = OpenApiContract.forDialect(dialect);
    assertThat(contract.operations()).isNotEmpty();
  }

  @Test
  void docs_page_is_html_served_without_a_key() {
    HttpResponse<String> response = get("/docs", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body()).startsWith("<!doctype html>").contains("<html lang=\"en\">", "<title>", "<h1>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "minimax-v2", "openai"})
  void docs_page_lists_each_dialect_with_a_link_to_its_document_and_a_curl_example(String dialect) {
    String section = section(get("/docs", null).body(), dialect);

    assertThat(section).contains("<h2 id=\"" + dialect + "\">");
    assertThat(section).contains("<a href=\"/openapi/" + dialect + ".json\">");
    assertThat(section).containsPattern("<pre><code>curl [^<]*" + Pattern.quote(server.publicUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "minimax-v2", "openai"})
  void curl_example_of_each_dialect_creates_a_task_as_printed(String dialect) {
    String curl = unescape(between(section(get("/docs", null).body(), dialect), "<pre><code>", "</code></pre>"));

    HttpResponse<String> response = send(asRequest(curl.replace("$REELGATE_API_KEY", ALICE)));

    // 202 for GPTProto's unified API, which answers every create so.
    assertThat(response.statusCode()).as(curl + "\n-> " + response.body()).isIn(200, 202);
  }

  @Test
  void docs_page_loads_only_from_this_server() {
    String page = get("/docs", null).body();

    Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
    while (reference.find()) assertThat(reference.group(1)).as("a src or href of /docs").matches("[/#].*");
    Matcher url = Pattern.compile("https?://[^\\s\"'<&]*").matcher(page);
    while (url.find()) assertThat(url.group()).as("a URL in /docs").startsWith(server.publicUrl());
    assertThat(page).contains("<script src=\"/docs/assets/swagger-ui-bundle.js\">", "<link rel=\"stylesheet\" href=\"/docs/assets/swagger-ui.css\">");
  }

  @ParameterizedTest
  @ValueSource(strings = {"swagger-ui-bundle.js", "swagger-ui.css"})
  void viewer_assets_are_served_from_the_swagger_ui_webjar(String file) {
    HttpResponse<String> response = get("/docs/assets/" + file, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(file.endsWith(".js") ? "text/javascript" : "text/css"));
    assertThat(response.body()).isEqualTo(classpath("/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/" + file));
  }

  @Test
  void a_dark_system_setting_gets_the_dark_style_sheet_from_the_jar() {
    assertThat(get("/docs", null).body())
        .contains("<link rel=\"stylesheet\" href=\"/docs/assets/docs-dark.css\" media=\"(prefers-color-scheme: dark)\">");

    HttpResponse<String> response = get("/docs/assets/docs-dark.css", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(response.body()).isEqualTo(classpath("/docs/docs-dark.css")).contains(".swagger-ui");
  }

  @Test
  void page_script_is_served_from_the_jar_and_keeps_requests_on_this_server() {
    HttpResponse<String> response = get("/docs/assets/docs.js", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(classpath("/docs/docs.js")).contains("validatorUrl: null", "requestInterceptor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "minimax-v2", "openai"})
  void viewer_offers_each_dialects_document(String dialect) {
    assertThat(get("/docs", null).body()).contains("<option value=\"/openapi/" + dialect + ".json\">");
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "minimax-v2", "openai"})
  void each_dialect_has_copy_buttons_for_create_poll_download_and_cancel_in_three_languages(String dialect) {
    String section = section(get("/docs", null).body(), dialect);

    assertThat(section).contains("<h3>Create a task</h3>", "<h3>Poll the task</h3>", "<h3>Download the video</h3>", "<h3>Cancel the task</h3>");
    for (String language : new String[] {"curl", "Python (requests)", "JavaScript (fetch)"}) {
      assertThat(section.split(Pattern.quote(">Copy " + language + "</button>"), -1)).as(language).hasSize(5);
    }
    Matcher copy = Pattern.compile("data-copy=\"([^\"]+)\"").matcher(section);
    while (copy.find()) assertThat(section).contains("<div class=\"scroll\" id=\"" + copy.group(1) + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "minimax-v2", "openai"})
  void poll_and_cancel_examples_of_each_dialect_work_as_printed(String dialect) {
    String section = section(get("/docs", null).body(), dialect);
    HttpResponse<String> created = send(asRequest(curl(section, dialect, 0).replace("$REELGATE_API_KEY", ALICE)));
    Matcher id = Pattern.compile("\"(?:task_id|id)\"\\s*:\\s*\"?([^\",}]+)").matcher(created.body());
    assertThat(id.find()).as("a task id in " + created.body()).isTrue();

    for (int step : new int[] {1, 3}) {
      String curl = curl(section, dialect, step).replace("$REELGATE_API_KEY", ALICE).replace("TASK_ID", id.group(1));
      HttpResponse<String> response = send(asRequest(curl));
      assertThat(response.statusCode()).as(curl + "\n-> " + response.body()).isEqualTo(200);
    }
  }

  /** The curl example of the {@code step}-th call of a dialect's section: create, poll, download, cancel. */
  private static String curl(String section, String dialect, int step) {
    String example = between(section, "id=\"" + dialect + "-" + step + "-curl\"", "</code></pre>");
    return unescape(example.substring(example.indexOf("<pre><code>") + "<pre><code>".length()));
  }

  private static String webjarVersion() {
    try (InputStream in = DocsTest.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void novita_title_is_shown() {
    assertThat(section(get("/docs", null).body(), "novita")).contains("Novita / HighwayAPI");
  }

  /** The request a curl line of the docs page sends: -X, the URL, each -H and the -d body. */
  private static HttpRequest asRequest(String curl) {
    String command = curl.replace("\\\n", " ");
    Matcher url = Pattern.compile("(https?://\\S+)").matcher(command);
    assertThat(url.find()).as("a URL in " + curl).isTrue();
    Matcher method = Pattern.compile("-X\\s+(\\w+)").matcher(command);
    Matcher data = Pattern.compile("-d\\s+'([^']*)'").matcher(command);
    String body = data.find() ? data.group(1) : null;
    String verb = method.find() ? method.group(1) : body == null ? "GET" : "POST";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.group(1).replaceAll("^[\"']|[\"']$", "")))
            .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    Matcher header = Pattern.compile("-H\\s+\"([^\"]*)\"").matcher(command);
    while (header.find()) {
      String[] nameAndValue = header.group(1).split(":\\s*", 2);
      request.header(nameAndValue[0], nameAndValue[1]);
    }
    return request.build();
  }

  private static String section(String page, String dialect) {
    return between(page, "<section aria-labelledby=\"" + dialect + "\">", "</section>");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'" + start + "' in the page").isNotNegative();
    int to = text.indexOf(end, from);
    assertThat(to).as("'" + end + "' after '" + start + "'").isNotNegative();
    return text.substring(from + start.length(), to);
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static String classpath(String resource) {
    try (InputStream in = DocsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("classpath " + resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
