package io.reelgate.core.net;

import io.reelgate.core.net.FetchException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens the connection of one exchange of {@link GuardedHttpClient}: resolves the host once,
 * checks every address against {@link AddressRules} (one refused address refuses the request),
 * connects to one of those very addresses, so that no second lookup (DNS rebinding) can send it
 * elsewhere, and over https negotiates TLS with the URL's host name (SNI) and verifies the
 * certificate against it.
 */
final class CheckedConnector {
  private final HostResolver resolver;
  private final boolean allowPrivateNetwork;
  private final Duration connectTimeout;
  /** Null for the JDK's default, asked for at the first https connection (see {@link #tlsFactory}). */
  private final SSLSocketFactory tls;

  CheckedConnector(HostResolver resolver, boolean allowPrivateNetwork, Duration connectTimeout, SSLSocketFactory tls) {
    this.resolver = resolver;
    this.allowPrivateNetwork = allowPrivateNetwork;
    this.connectTimeout = connectTimeout;
    this.tls = tls;
  }

  /** The literal, or every address of the name; all of them allowed, or the request is refused. */
  List<InetAddress> addresses(UrlTarget target) throws FetchException {
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

  /** A socket connected to the first of {@code addresses} that answers, each tried within the connect limit. */
  Socket connect(UrlTarget target, List<InetAddress> addresses, long deadline, Duration timeout)
      throws FetchException {
    IOException last = null;
    boolean timedOut = false;
    for (InetAddress address : addresses) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) throw FetchException.timedOut(target.name(), timeout, last);
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

  /** TLS over {@code socket}, handshaken within what is left of the exchange's time. */
  Socket tls(Socket socket, UrlTarget target, ExchangeDeadline limit) throws IOException {
    SSLSocket ssl = (SSLSocket) tlsFactory().createSocket(socket, target.tlsName(), target.port(), true);
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

  private static FetchException refused(String host, String message) {
    return new FetchException(Kind.REFUSED_ADDRESS, host, message);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing was sent on it
    }
  }

  /**
   * The JDK's default TLS context reads and parses the trusted CA certificates when first asked
   * for, a tenth of a second: asked for at the first https connection, not when a client is made,
   * so that a command line given only files (and a server that fetches nothing over https) never
   * pays it (docs/BENCHMARKS.md).
   */
  SSLSocketFactory tlsFactory() {
    return tls != null ? tls : (SSLSocketFactory) SSLSocketFactory.getDefault();
  }
}
