package io.reelgate.core.net;

import io.reelgate.core.net.FetchException.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * An HTTP/1.1 client for URLs that clients of Reelgate give it (pictures, later webhooks), which
 * must not become a way into the server's own network (SSRF).
 *
 * <p>For each request: the host is read as browsers read it ({@link UrlTarget}); a name is
 * resolved once; every address is checked against {@link AddressRules} and one refused address
 * refuses the request; the connection then goes to a checked address, so no second lookup (DNS
 * rebinding) can send it elsewhere ({@link CheckedConnector}). Over https, TLS is negotiated with
 * the URL's host name (SNI) and the certificate is verified against it, as any client would.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it resolves the host itself and cannot be told
 * which address to connect to. Jetty's client could be, but the core stays free of a server
 * framework. HTTP/1.1 with {@code Connection: close} and {@code Accept-Encoding: identity} is
 * all a one-shot download needs; the body is framed by chunked coding, Content-Length or the end
 * of the connection.
 *
 * <p>Limits: a connect time limit per address, and one time limit for the whole exchange, the
 * body included, checked on every read ({@link ExchangeDeadline}: a server trickling a byte a
 * second is cut off too). The
 * body is counted while it streams and the download stops at the cap. Redirects are not followed
 * here: a 3xx comes back as it is, and a caller that follows it sends the next hop through this
 * client again, so every hop is resolved and checked anew.
 */
public final class GuardedHttpClient {
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final CheckedConnector connector;

  private GuardedHttpClient(Builder builder) {
    this.connector = new CheckedConnector(builder.resolver, builder.allowPrivateNetwork, builder.connectTimeout, builder.tls);
  }

  /** Public addresses only, the system resolver, a 5 s connect limit, the JDK's trusted CAs. */
  public static GuardedHttpClient publicOnly() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * One GET; redirects are returned, not followed.
   *
   * @param timeout for the whole exchange, from resolving the host to the last byte of the body
   * @param maxBody the most body bytes read from a 2xx answer
   */
  public HttpResponse get(URI url, Map<String, String> headers, Duration timeout, long maxBody) throws FetchException {
    return exchange("GET", url, headers, null, timeout, maxBody, false);
  }

  /**
   * One POST of {@code body}, for webhooks; redirects are returned, not followed. Only the status
   * says whether a receiver took the message, so its answer is read as a prefix: at most {@code
   * maxAnswerPrefix} bytes of a 2xx body, the rest left unread; a 2xx body that is larger, breaks
   * off or outlasts the time limit ends where it stopped (possibly empty) instead of failing the
   * exchange that was already answered.
   */
  public HttpResponse post(URI url, Map<String, String> headers, byte[] body, Duration timeout, long maxAnswerPrefix)
      throws FetchException {
    return exchange("POST", url, headers, Objects.requireNonNull(body, "body"), timeout, maxAnswerPrefix, true);
  }

  private HttpResponse exchange(
      String method, URI url, Map<String, String> headers, byte[] body, Duration timeout, long maxBody, boolean prefix)
      throws FetchException {
    if (maxBody < 0 || maxBody > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("maxBody " + maxBody);
    UrlTarget target = UrlTarget.of(url);
    // The JDK's default TLS context, made at the first https exchange (it reads the CA
    // certificates), is made before this exchange's clock starts, not on its time.
    if (target.https()) connector.tlsFactory();
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] request = Http1Request.head(method, target, headers, body);
    List<InetAddress> addresses = connector.addresses(target);
    try (Socket socket = connector.connect(target, addresses, deadline, timeout)) {
      ExchangeDeadline limit = new ExchangeDeadline(socket, deadline, target.name(), timeout);
      Socket channel = target.https() ? connector.tls(socket, target, limit) : socket;
      OutputStream out = channel.getOutputStream();
      out.write(request);
      if (body != null) out.write(body);
      out.flush();
      InputStream in = new BufferedInputStream(limit.wrap(channel.getInputStream()), 16 * 1024);
      Http1Reader reader = new Http1Reader(in, target.name());
      return prefix ? reader.readPrefix(maxBody) : reader.read(maxBody);
    } catch (SocketTimeoutException e) {
      throw FetchException.timedOut(target.name(), timeout, e);
    } catch (SSLException e) {
      throw new FetchException(Kind.TLS_FAILED, target.name(), "the TLS handshake with " + target.name() + " failed", e);
    } catch (IOException e) {
      throw new FetchException(
          Kind.BAD_RESPONSE, target.name(), "the connection to " + target.name() + " failed: " + e.getMessage(), e);
    }
  }

  public static final class Builder {
    private HostResolver resolver = HostResolver.SYSTEM;
    private boolean allowPrivateNetwork;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private SSLSocketFactory tls;

    private Builder() {}

    public Builder resolver(HostResolver resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /** Allows loopback and private addresses too (see {@link AddressRules}); off by default. */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /** The TLS socket factory (its trust store decides which servers are trusted); the JDK's by default. */
    Builder tls(SSLSocketFactory tls) {
      this.tls = tls;
      return this;
    }

    public GuardedHttpClient build() {
      return new GuardedHttpClient(this);
    }
  }
}
