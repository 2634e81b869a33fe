package io.reelgate.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id, answered in the header of its API ({@code Trace-Id} for MiniMax,
 * whose clients print it in every error, {@code X-Request-Id} elsewhere) and put in the logging
 * context as {@value #MDC_KEY} while the request is handled, so that every log line of it (its
 * access line, written here once it is answered, and the line naming the task it created) carries
 * the id. The access line has the method, the path without its query, the status and the time; a
 * MiniMax error is HTTP 200, so every request has its line, not only the failed ones. An incoming {@code X-Request-Id} is kept when it
 * is 1 to {@value #MAX_LENGTH} letters, digits and {@code - _ . :} (a proxy's or the client's own
 * id); anything else is replaced by a fresh one, so that a log line never carries what a client
 * chose to inject.
 */
public final class RequestIds implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestIds.class);
  public static final String MDC_KEY = "request_id";
  public static final String INCOMING_HEADER = "X-Request-Id";
  static final int MAX_LENGTH = 64;
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiScopes scopes;

  public RequestIds(ApiScopes scopes) {
    this.scopes = scopes;
  }

  /** 32 hex digits from a cryptographic source, like MiniMax's trace ids. */
  public static String fresh() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The client's id when it is safe to keep, else a fresh one. */
  static String of(String incoming) {
    return incoming != null && SAFE.matcher(incoming).matches() ? incoming : fresh();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String id = of(http.getHeader(INCOMING_HEADER));
    ((HttpServletResponse) response).setHeader(scopes.of(http.getRequestURI()).requestIdHeader(), id);
    MDC.put(MDC_KEY, id);
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      LOG.info("{} {} {} in {} ms", http.getMethod(), http.getRequestURI(), ((HttpServletResponse) response).getStatus(),
          (System.nanoTime() - start) / 1_000_000);
      MDC.remove(MDC_KEY);
    }
  }
}
