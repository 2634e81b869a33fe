package io.reelgate.server.pages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the copy-paste examples on {@code /docs}, written out in curl, Python (requests)
 * and JavaScript (fetch). The create request is read from the dialect's own curl example, so the
 * three languages send what that example sends; the key stays in {@code $REELGATE_API_KEY}.
 *
 * @param saveTo the file the answer's body is written to (a download), or null to print it
 */
record HttpCall(String method, String url, Map<String, String> headers, String body, String saveTo) {
  static final String KEY_VARIABLE = "$REELGATE_API_KEY";
  private static final Pattern URL = Pattern.compile("curl -X (\\w+) \"?([^\\s\"]+)");
  private static final Pattern HEADER = Pattern.compile("-H \"([^\":]+):\\s*([^\"]*)\"");
  private static final Pattern BODY = Pattern.compile("-d '([^']*)'");

  /** Reads a request written as {@code io.reelgate.server.dialect.CurlExample} writes them. */
  static HttpCall fromCurl(String curl) {
    Matcher url = URL.matcher(curl);
    if (!url.find()) throw new IllegalArgumentException("no 'curl -X METHOD URL' in " + curl);
    Map<String, String> headers = new LinkedHashMap<>();
    for (Matcher header = HEADER.matcher(curl); header.find(); ) headers.put(header.group(1), header.group(2));
    Matcher body = BODY.matcher(curl);
    return new HttpCall(url.group(1), url.group(2), Map.copyOf(headers), body.find() ? body.group(1) : null, null);
  }

  /** A request with this one's {@code Authorization} and no body, e.g. a poll after a create. */
  HttpCall withAuthorization(String otherMethod, String otherUrl) {
    Map<String, String> authorization = headers.containsKey("Authorization") ? Map.of("Authorization", headers.get("Authorization")) : Map.of();
    return new HttpCall(otherMethod, otherUrl, authorization, null, null);
  }

  String curl() {
    StringBuilder out = new StringBuilder(method.equals("GET") ? "curl " : "curl -X " + method + " ");
    out.append(saveTo == null ? "" : "-L -o " + saveTo + " ").append('"').append(url).append('"');
    headers.forEach((name, value) -> out.append(" \\\n  -H \"").append(name).append(": ").append(value).append('"'));
    if (body != null) out.append(" \\\n  -d '").append(body).append('\'');
    return out.toString();
  }

  String python() {
    boolean readsKey = headers.values().stream().anyMatch(value -> value.contains(KEY_VARIABLE));
    String data = body == null ? "" : "    data='" + body + "',\n";
    String ending = saveTo == null
        ? "print(response.status_code, response.text)\n"
        : "response.raise_for_status()\nwith open(\"" + saveTo + "\", \"wb\") as file:\n    file.write(response.content)\n";
    return """
        %simport requests

        response = requests.%s(
            "%s",
        %s%s)
        %s""".formatted(readsKey ? "import os\n" : "", method.toLowerCase(Locale.ROOT), url,
        headerLines("    ", "headers=", HttpCall::pythonString), data, ending);
  }

  String javascript() {
    String imports = saveTo == null ? "" : "import { writeFile } from \"node:fs/promises\";\n\n";
    String payload = body == null ? "" : "  body: JSON.stringify(" + body + "),\n";
    String ending = saveTo == null
        ? "console.log(response.status, await response.text());\n"
        : "await writeFile(\"" + saveTo + "\", Buffer.from(await response.arrayBuffer()));\n";
    return imports + "const response = await fetch(\"" + url + "\", {\n  method: \"" + method + "\",\n"
        + headerLines("  ", "headers: ", HttpCall::javascriptString) + payload + "});\n" + ending;
  }

  /**
   * The headers as one named argument or property holding a dict or object literal, one header a
   * line, each value written by {@code literal}; nothing when there are none.
   */
  private String headerLines(String indent, String opening, UnaryOperator<String> literal) {
    if (headers.isEmpty()) return "";
    StringBuilder out = new StringBuilder(indent).append(opening).append("{\n");
    headers.forEach((name, value) -> out.append(indent).append(indent).append('"').append(name).append("\": ").append(literal.apply(value)).append(",\n"));
    return out.append(indent).append("},\n").toString();
  }

  /** An f-string where the value reads the key from the environment, a plain string otherwise. */
  private static String pythonString(String value) {
    return value.contains(KEY_VARIABLE)
        ? "f\"" + value.replace(KEY_VARIABLE, "{os.environ['REELGATE_API_KEY']}") + "\""
        : "\"" + value + "\"";
  }

  /** A template literal where the value reads the key from the environment, a plain string otherwise. */
  private static String javascriptString(String value) {
    return value.contains(KEY_VARIABLE)
        ? "`" + value.replace(KEY_VARIABLE, "${process.env.REELGATE_API_KEY}") + "`"
        : "\"" + value + "\"";
  }
}
