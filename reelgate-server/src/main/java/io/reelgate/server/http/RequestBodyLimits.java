package io.reelgate.server.http;

import io.javalin.config.JavalinConfig;
import io.reelgate.server.limits.RequestLimits;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * The limits every request body is read under, so that a client sending one slowly cannot hold
 * the server: a minimum rate over the time spent waiting for it, and a deadline for the whole
 * body counted from the request's headers; no read waits past either ({@link TimedBodyStream}).
 * Both apply wherever a handler reads the body, through Javalin's {@code ctx.body()} as through
 * its stream.
 */
public final class RequestBodyLimits implements Filter {
  private final long minRate;
  private final Duration timeout;

  public RequestBodyLimits(RequestLimits limits) {
    this.minRate = limits.minBodyRate();
    this.timeout = limits.bodyTimeout();
  }

  /** Puts this filter before Javalin's servlet. */
  public void applyTo(JavalinConfig javalin) {
    javalin.jetty.modifyServletContextHandler(
        context -> context.addFilter(new FilterHolder(this), "/*", EnumSet.of(DispatcherType.REQUEST)));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)) {
      chain.doFilter(request, response);
      return;
    }
    Request jetty = Request.getBaseRequest(http);
    TimedBodyStream body =
        new TimedBodyStream(
            http.getInputStream(), jetty == null ? null : jetty.getHttpChannel().getEndPoint(), minRate, timeout,
            http.getMethod() + " " + http.getRequestURI(), http.getRemoteAddr(), http.getContentLengthLong());
    try {
      chain.doFilter(new TimedRequest(http, body), response);
    } finally {
      body.restoreIdleTimeout();
    }
  }

  /** The request as Javalin sees it: its body comes through the timed stream, whichever way it is read. */
  private static final class TimedRequest extends HttpServletRequestWrapper {
    private final TimedBodyStream body;

    TimedRequest(HttpServletRequest request, TimedBodyStream body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      return body;
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(body, charset));
    }
  }
}
