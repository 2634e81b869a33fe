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
 * The documents served without a key: each dialect's OpenAPI document and the {@code /docs} page
 * with a curl example per dialect, which works as printed.
 */
@TinyRenders
class DocsTest extends RunningServer {

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax"})
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
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax"})
  void docs_page_lists_each_dialect_with_a_link_to_its_document_and_a_curl_example(String dialect) {
    String section = section(get("/docs", null).body(), dialect);

    assertThat(section).contains("<h2 id=\"" + dialect + "\">");
    assertThat(section).contains("<a href=\"/openapi/" + dialect + ".json\">");
    assertThat(section).containsPattern("<pre><code>curl [^<]*" + Pattern.quote(server.publicUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax"})
  void curl_example_of_each_dialect_creates_a_task_as_printed(String dialect) {
    String curl = unescape(between(section(get("/docs", null).body(), dialect), "<pre><code>", "</code></pre>"));

    HttpResponse<String> response = send(asRequest(curl.replace("$REELGATE_API_KEY", ALICE)));

    // 202 for GPTProto's unified API, which answers every create so.
    assertThat(response.statusCode()).as(curl + "\n-> " + response.body()).isIn(200, 202);
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
