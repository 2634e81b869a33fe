package io.reelgate.core.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. {@link GuardedHttpClient} asks once per request, checks every
 * address it gets, and connects to one of those very addresses, so that a second lookup (DNS
 * rebinding) never decides where the connection goes. Tests plug in a map of names.
 */
@FunctionalInterface
public interface HostResolver {
  /** The system resolver ({@link InetAddress#getAllByName}), with the JVM's DNS cache. */
  HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

  /**
   * @param host a domain name in ASCII (IP literals never reach a resolver)
   * @throws UnknownHostException when the name has no address
   */
  List<InetAddress> resolve(String host) throws UnknownHostException;
}
