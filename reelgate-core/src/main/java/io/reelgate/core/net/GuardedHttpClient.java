package io.reelgate.core.net;

import io.reelgate.core.net.FetchException.Kind;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * An HTTP/1.1 client for URLs that clients of Reelgate give it (pictures, later webhooks), which
 * must not become a way into the server's own network (SSRF).
 *
 * <p>For each request: the host is read as browsers read it ({@link UrlTarget}); a name is
 * resolved once; every address is checked against {@link AddressRules} and one refused address
 * refuses the request; the connection then goes to a checked address, so no second lookup (DNS
 * rebinding) can send it elsewhere. Over https, TLS is negotiated with the URL's host name (SNI)
 * and the certificate is verified against it, as any client would.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it resolves the host itself and cannot be told
 * which address to connect to. Jetty's client could be, but the core stays free of a server
 * framework. HTTP/1.1 with {@code Connection: close} and {@code Accept-Encoding: identity} is
 * all a one-shot download needs; the body is framed by chunked coding, Content-Length or the end
 * of the connection.
 *
 * <p>Limits: a connect time limit per address, and one time limit for the whole exchange, the
 * body included, checked on every read (a server trickling a byte a second is cut off too). The
 * body is counted while it streams and the download stops at the cap. Redirects are not followed
 * here: a 3xx comes back as it is, and a caller that follows it sends the next hop through this
 * client again, so every hop is resolved and checked anew.
 */
public final class GuardedHttpClient {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final String USER_AGENT = "Reelgate";

  private final HostResolver resolver;
  private final boolean allowPrivateNetwork;
  private final Duration connectTimeout;
  private final SSLSocketFactory tls;

  private GuardedHttpClient(Builder builder) {
    this.resolver = builder.resolver;
    this.allowPrivateNetwork = builder.allowPrivateNetwork;
    this.connectTimeout = builder.connectTimeout;
    this.tls = builder.tls != null ? builder.tls : (SSLSocketFactory) SSLSocketFactory.getDefault();
  }

  /** Public addresses only, the system resolver, a 5 s connect limit, the JDK's trusted CAs. */
  public static GuardedHttpClient publicOnly() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean allowsPrivateNetwork() {
    return allowPrivateNetwork;
  }

  public Duration connectTimeout() {
    return connectTimeout;
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
    long deadline = System.nanoTime() + timeout.toNanos();
    UrlTarget target = UrlTarget.of(url);
    byte[] request = request(method, target, headers, body);
    List<InetAddress> addresses = addresses(target);
    try (Socket socket = connect(target, addresses, deadline, timeout)) {
      Deadline limit = new Deadline(socket, deadline, target.name(), timeout);
      Socket channel = target.https() ? tls(socket, target, limit) : socket;
      OutputStream out = channel.getOutputStream();
      out.write(request);
      if (body != null) out.write(body);
      out.flush();
      InputStream in = new BufferedInputStream(limit.wrap(channel.getInputStream()), 16 * 1024);
      Http1Reader reader = new Http1Reader(in, target.name());
      return prefix ? reader.readPrefix(maxBody) : reader.read(maxBody);
    } catch (SocketTimeoutException e) {
      throw timedOut(target.name(), timeout, e);
    } catch (SSLException e) {
      throw new FetchException(Kind.TLS_FAILED, target.name(), "the TLS handshake with " + target.name() + " failed", e);
    } catch (IOException e) {
      throw new FetchException(
          Kind.BAD_RESPONSE, target.name(), "the connection to " + target.name() + " failed: " + e.getMessage(), e);
    }
  }

  /** The literal, or every address of the name; all of them allowed, or the request is refused. */
  private List<InetAddress> addresses(UrlTarget target) throws FetchException {
    if (target.literal() != null) {
      Optional<String> refusal = AddressRules.refusal(target.literal(), allowPrivateNetwork);
      if (refusal.isPresent()) {
        throw refused(target.name(), target.name() + " is " + refusal.get() + "; only public addresses are fetched");
      }
      return List.of(target.literal());
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(target.name());
    } catch (UnknownHostException e) {
      addresses = List.of();
    }
    if (addresses == null || addresses.isEmpty()) {
      throw new FetchException(Kind.UNKNOWN_HOST, target.name(), "the host " + target.name() + " is unknown");
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = AddressRules.refusal(address, allowPrivateNetwork);
      if (refusal.isPresent()) {
        // The address itself is not told: names can resolve differently inside the network.
        throw refused(target.name(), target.name() + " resolves to " + refusal.get() + "; only public addresses are fetched");
      }
    }
    return addresses;
  }

  private Socket connect(UrlTarget target, List<InetAddress> addresses, long deadline, Duration timeout)
      throws FetchException {
    IOException last = null;
    boolean timedOut = false;
    for (InetAddress address : addresses) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) throw timedOut(target.name(), timeout, last);
      int millis = (int) Math.max(1, Math.min(connectTimeout.toMillis(), remaining / 1_000_000));
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(address, target.port()), millis);
        return socket;
      } catch (IOException e) {
        closeQuietly(socket);
        timedOut |= e instanceof SocketTimeoutException;
        last = e;
      }
    }
    if (timedOut) {
      throw new FetchException(
          Kind.CONNECT_TIMEOUT, target.name(), "could not connect to " + target.name() + " within " + connectTimeout.toSeconds() + " s", last);
    }
    throw new FetchException(Kind.CONNECT_FAILED, target.name(), "could not connect to " + target.name(), last);
  }

  private Socket tls(Socket socket, UrlTarget target, Deadline limit) throws IOException {
    SSLSocket ssl = (SSLSocket) tls.createSocket(socket, target.tlsName(), target.port(), true);
    SSLParameters parameters = ssl.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
    if (target.literal() == null) {
      try {
        parameters.setServerNames(List.of(new SNIHostName(target.tlsName())));
      } catch (IllegalArgumentException e) {
        throw new SSLException("not a host name TLS can send: " + target.tlsName(), e);
      }
    }
    ssl.setSSLParameters(parameters);
    limit.arm();
    ssl.startHandshake();
    return ssl;
  }

  private static byte[] request(String method, UrlTarget target, Map<String, String> headers, byte[] body) {
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

  private static FetchException refused(String host, String message) {
    return new FetchException(Kind.REFUSED_ADDRESS, host, message);
  }

  private static FetchException timedOut(String host, Duration timeout, Throwable cause) {
    return new FetchException(Kind.TIMEOUT, host, "the exchange with " + host + " took longer than " + timeout.toSeconds() + " s", cause);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing was sent on it
    }
  }

  /** Before every read, the socket may wait only as long as the whole exchange has left. */
  private static final class Deadline {
    private final Socket socket;
    private final long deadline;
    private final String host;
    private final Duration timeout;

    Deadline(Socket socket, long deadline, String host, Duration timeout) {
      this.socket = socket;
      this.deadline = deadline;
      this.host = host;
      this.timeout = timeout;
    }

    void arm() throws IOException {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) throw new SocketTimeoutException("deadline of " + host + " passed after " + timeout);
      socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000)));
    }

    InputStream wrap(InputStream in) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          arm();
          return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          arm();
          return super.read(b, off, len);
        }
      };
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
    public Builder tls(SSLSocketFactory tls) {
      this.tls = tls;
      return this;
    }

    public GuardedHttpClient build() {
      return new GuardedHttpClient(this);
    }
  }
}
