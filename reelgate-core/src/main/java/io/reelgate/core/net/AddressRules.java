package io.reelgate.core.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses Reelgate may connect to on behalf of a client: public unicast addresses only,
 * unless the operator allows the private network ({@code --allow-private-network}).
 *
 * <p>Three classes of address:
 *
 * <ul>
 *   <li><b>public</b>: global unicast, always allowed;
 *   <li><b>private network</b>: loopback (127/8, ::1), RFC 1918 (10/8, 172.16/12, 192.168/16),
 *       carrier-grade NAT (100.64/10, where Tailscale lives too), IPv6 unique-local (fc00::/7),
 *       deprecated site-local (fec0::/10) and local-use NAT64 (64:ff9b:1::/48); allowed only with
 *       the operator's allowance;
 *   <li><b>never</b>: link-local (169.254/16 with the cloud metadata address 169.254.169.254,
 *       fe80::/10), unspecified (0/8, ::), multicast (224/4, ff00::/8), broadcast and the rest of
 *       240/4, documentation and benchmarking ranges, IETF protocol assignments (192.0.0/24),
 *       IPv4-compatible IPv6 (::/96), Teredo (2001::/32), and IPv6 outside 2000::/3. No local setup
 *       needs these, and the metadata address must stay out of reach even on a private network.
 * </ul>
 *
 * <p>IPv6 forms that embed an IPv4 address are judged by it: IPv4-mapped (::ffff:0:0/96) exactly
 * as the IPv4 address it is; 6to4 (2002::/16) and NAT64 (64:ff9b::/96) are refused unless the
 * embedded address is public, whatever the allowance, since they only ever reach it through a
 * relay.
 */
final class AddressRules {
  private AddressRules() {}

  /**
   * @return why {@code address} may not be fetched from, as "a loopback address" and the like, or
   *     empty when it may
   */
  static Optional<String> refusal(InetAddress address, boolean allowPrivateNetwork) {
    Verdict verdict = classify(address.getAddress());
    if (verdict.kind == Kind.PUBLIC) return Optional.empty();
    if (verdict.kind == Kind.PRIVATE && allowPrivateNetwork) return Optional.empty();
    return Optional.of(verdict.description);
  }

  private enum Kind {
    PUBLIC,
    PRIVATE,
    NEVER
  }

  private record Verdict(Kind kind, String description) {}

  private static final Verdict PUBLIC = new Verdict(Kind.PUBLIC, "a public address");

  private static Verdict privateNet(String description) {
    return new Verdict(Kind.PRIVATE, description);
  }

  private static Verdict never(String description) {
    return new Verdict(Kind.NEVER, description);
  }

  private static Verdict classify(byte[] a) {
    return a.length == 4 ? classify4(a, 0) : classify6(a);
  }

  private static Verdict classify4(byte[] a, int o) {
    int b0 = a[o] & 0xFF;
    int b1 = a[o + 1] & 0xFF;
    int b2 = a[o + 2] & 0xFF;
    if (b0 == 0) return never("an unspecified address (0.0.0.0/8)");
    if (b0 == 127) return privateNet("a loopback address");
    if (b0 == 10 || (b0 == 172 && (b1 & 0xF0) == 16) || (b0 == 192 && b1 == 168)) {
      return privateNet("a private address");
    }
    if (b0 == 100 && (b1 & 0xC0) == 64) return privateNet("a carrier-grade NAT address");
    if (b0 == 169 && b1 == 254) return never("a link-local address");
    if (b0 == 192 && b1 == 0 && b2 == 0) return never("a reserved address (192.0.0.0/24)");
    if ((b0 == 192 && b1 == 0 && b2 == 2) || (b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113)) {
      return never("a documentation address");
    }
    if (b0 == 192 && b1 == 88 && b2 == 99) return never("a 6to4 relay address");
    if (b0 == 198 && (b1 & 0xFE) == 18) return never("a benchmarking address");
    if (b0 >= 224 && b0 <= 239) return never("a multicast address");
    if (b0 >= 240) return never(b0 == 255 && allFF(a, o) ? "the broadcast address" : "a reserved address (240.0.0.0/4)");
    return PUBLIC;
  }

  private static Verdict classify6(byte[] a) {
    if (zeros(a, 0, 10) && (a[10] & 0xFF) == 0xFF && (a[11] & 0xFF) == 0xFF) {
      return classify4(a, 12); // IPv4-mapped: the connection goes to the IPv4 address
    }
    if (zeros(a, 0, 12)) {
      if (zeros(a, 12, 3) && a[15] == 0) return never("an unspecified address (::)");
      if (zeros(a, 12, 3) && a[15] == 1) return privateNet("a loopback address");
      return never("an IPv4-compatible IPv6 address");
    }
    int w0 = u16(a, 0);
    int w1 = u16(a, 2);
    if (w0 == 0x0064 && w1 == 0xFF9B) {
      if (zeros(a, 4, 8)) return embedded("a NAT64 address", a, 12);
      if (u16(a, 4) == 0x0001) return privateNet("a local-use NAT64 address");
    }
    if (w0 == 0x2002) return embedded("a 6to4 address", a, 2);
    if (w0 == 0x2001 && w1 == 0x0000) return never("a Teredo address");
    if (w0 == 0x2001 && w1 == 0x0DB8) return never("a documentation address");
    if ((w0 & 0xFE00) == 0xFC00) return privateNet("a unique-local address");
    if ((w0 & 0xFFC0) == 0xFE80) return never("a link-local address");
    if ((w0 & 0xFFC0) == 0xFEC0) return privateNet("a site-local address");
    if ((w0 & 0xFF00) == 0xFF00) return never("a multicast address");
    if ((w0 & 0xE000) != 0x2000) return never("a reserved IPv6 address");
    return PUBLIC;
  }

  /** A relay form is allowed only when the IPv4 address it carries is public. */
  private static Verdict embedded(String form, byte[] a, int offset) {
    Verdict inner = classify4(a, offset);
    if (inner.kind == Kind.PUBLIC) return PUBLIC;
    return never(form + " embedding " + inner.description);
  }

  private static boolean zeros(byte[] a, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (a[i] != 0) return false;
    }
    return true;
  }

  private static boolean allFF(byte[] a, int o) {
    return (a[o] & a[o + 1] & a[o + 2] & a[o + 3] & 0xFF) == 0xFF;
  }

  private static int u16(byte[] a, int i) {
    return ((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF);
  }

  /** For messages: the dotted or colon form of a literal address, without a host name. */
  static String text(InetAddress address) {
    String text = address.getHostAddress();
    return address instanceof Inet4Address ? text : "[" + text + "]";
  }
}
