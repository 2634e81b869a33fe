package io.reelgate.app;

import io.reelgate.client.AuthenticationException;
import io.reelgate.client.Dialect;
import io.reelgate.client.InsufficientBalanceException;
import io.reelgate.client.InvalidRequestException;
import io.reelgate.client.NotFoundException;
import io.reelgate.client.RateLimitedException;
import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.VideoClient;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of the commands that talk to a Reelgate server (or a provider) through the Java
 * client: where, in which dialect, with which key; and how the client's errors read on the command line.
 * {@code REELGATE_BASE_URL} and {@code REELGATE_API_KEY} are read as the defaults of the flags; set
 * but blank, they count as not set.
 */
final class ApiOptions {
  static final String BASE_URL_ENV = "REELGATE_BASE_URL";
  static final String API_KEY_ENV = "REELGATE_API_KEY";
  static final String DEFAULT_BASE_URL = "http://localhost:8080";

  /** Exit codes: the task failed or was cancelled; the API (or the command line) refused. */
  static final int TASK_FAILED = 1;
  static final int REFUSED = 2;

  /** The wire names of the dialects' fields, as this command line's options. */
  private static final Map<String, String> OPTION_OF_FIELD =
      Map.ofEntries(
          Map.entry("image", "--image"),
          Map.entry("first_frame_image", "--image"),
          Map.entry("image_urls", "--image"),
          Map.entry("end_image", "--end-image"),
          Map.entry("last_frame_image", "--end-image"),
          Map.entry("prompt", "--prompt"),
          Map.entry("duration", "--duration"),
          Map.entry("resolution", "--resolution"),
          Map.entry("quality", "--resolution"),
          Map.entry("model", "--model"));

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = "${env:" + BASE_URL_ENV + "}",
      description = "The server (default: $" + BASE_URL_ENV + ", else " + DEFAULT_BASE_URL + ").")
  String baseUrl;

  @Option(
      names = "--dialect",
      defaultValue = "novita",
      converter = DialectConverter.class,
      description = "The API dialect to speak: novita, evolink, gptproto, minimax, minimax-v2 (MiniMax-H3) or openai (default: ${DEFAULT-VALUE}).")
  Dialect dialect;

  @Option(names = "--key", paramLabel = "KEY", defaultValue = "${env:" + API_KEY_ENV + "}", description = "The API key (default: $" + API_KEY_ENV + ").")
  String key;

  /** The client, or null (and a message on {@code err}) when no key or no usable address was given. */
  VideoClient client(PrintWriter err) {
    if (key == null || key.isBlank()) {
      err.println("error: no API key: give --key or set " + API_KEY_ENV);
      return null;
    }
    String url = baseUrl();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      err.println("error: --base-url: " + url + " is not an http:// or https:// address");
      return null;
    }
    return VideoClient.builder(dialect).baseUrl(url).apiKey(key).build();
  }

  String baseUrl() {
    return baseUrl != null && !baseUrl.isBlank() ? baseUrl : DEFAULT_BASE_URL;
  }

  /** Says what the API answered, in one line, and answers the exit code of a refusal. */
  static int refused(PrintWriter err, ReelgateClientException e, String taskId) {
    String said = (e.providerMessage() != null ? e.providerMessage() : e.getMessage()) + detail(e);
    String message =
        switch (e) {
          case InvalidRequestException invalid when invalid.field() != null ->
              "invalid " + OPTION_OF_FIELD.getOrDefault(invalid.field(), invalid.field())
                  + " (field " + invalid.field() + "): " + said;
          case AuthenticationException auth -> "the server refused the API key: " + said;
          case NotFoundException notFound -> (taskId != null ? "task " + taskId + " not found: " : "not found: ") + said;
          case InsufficientBalanceException balance -> "not enough credit: " + said;
          case RateLimitedException limited -> "rate limited: " + said;
          default -> said;
        };
    err.println("error: " + message);
    err.flush();
    return REFUSED;
  }

  /** The HTTP status (unless a success: MiniMax answers errors with 200) and the provider's code, e.g. " (HTTP 409, TASK_NOT_CANCELLABLE)". */
  private static String detail(ReelgateClientException e) {
    if (e.providerMessage() == null) return ""; // the message already says it all
    StringBuilder s = new StringBuilder();
    if (e.httpStatus() != 0 && e.httpStatus() / 100 != 2) s.append("HTTP ").append(e.httpStatus());
    String code = e.providerCode();
    if (code != null && !code.equals(Integer.toString(e.httpStatus()))) {
      s.append(s.isEmpty() ? "" : ", ").append(code.chars().allMatch(Character::isDigit) ? "code " + code : code);
    }
    return s.isEmpty() ? "" : " (" + s + ")";
  }
}
