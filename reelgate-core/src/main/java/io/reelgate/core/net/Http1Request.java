package io.reelgate.core.net;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The head of an HTTP/1.1 request as {@link GuardedHttpClient} sends it: one exchange per connection
 * ({@code Connection: close}), no compression ({@code Accept-Encoding: identity}), and only headers
 * whose name is a token and whose value has no line break, so a caller's header cannot smuggle
 * another one in.
 */
final class Http1Request {
  private static final String USER_AGENT = "Reelgate";

  private Http1Request() {}

  /**
   * The request line and headers, ending with the blank line; {@code Content-Length} when there is
   * a body.
   *
   * @throws IllegalArgumentException for a header that a request cannot carry
   */
  static byte[] head(String method, UrlTarget target, Map<String, String> headers, byte[] body) {
    StringBuilder request = new StringBuilder(256);
    request.append(method).append(' ').append(target.requestTarget()).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(target.hostHeader()).append("\r\n");
    request.append("User-Agent: ").append(USER_AGENT).append("\r\n");
    request.append("Accept-Encoding: identity\r\n");
    request.append("Connection: close\r\n");
    headers.forEach(
        (name, value) -> {
          if (!token(name) || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("not a header a request can carry: " + name);
          }
          request.append(name).append(": ").append(value).append("\r\n");
        });
    if (body != null) request.append("Content-Length: ").append(body.length).append("\r\n");
    request.append("\r\n");
    return request.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean token(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
  }
}
