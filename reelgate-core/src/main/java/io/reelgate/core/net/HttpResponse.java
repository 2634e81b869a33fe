package io.reelgate.core.net;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An answer of {@link GuardedHttpClient}.
 *
 * @param headers by lower-case name, in the order received
 * @param body the body of a 2xx answer; empty for any other status, whose body is not read
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {
  public HttpResponse {
    headers = Map.copyOf(headers);
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }
}
