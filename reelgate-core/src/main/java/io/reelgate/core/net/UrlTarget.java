package io.reelgate.core.net;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where an http(s) URL points: the host read the way browsers and curl read it (the WHATWG URL
 * host parser), not the way {@link URI} or {@link InetAddress} would. So {@code 2130706433},
 * {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1} and {@code %31%32%37.0.0.1} are all the IPv4
 * address 127.0.0.1 and are judged as such, never handed to DNS; a host that ends in a number but
 * is no valid IPv4 address ({@code 1.2.3.4.5}, {@code 0x100000000}) is not a host at all.
 *
 * @param literal the address when the host is an IP literal, else null
 * @param name the host as canonical text: a lower-case ASCII domain name, a dotted IPv4 address, or
 *     a bracketed IPv6 address
 */
record UrlTarget(boolean https, String name, InetAddress literal, int port, String requestTarget) {

  static UrlTarget of(URI url) throws FetchException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid("", "not an http or https URL");
    }
    boolean https = scheme.equals("https");
    String authority = url.getRawAuthority();
    if (authority == null || url.isOpaque()) throw invalid("", "the URL has no host");
    // Credentials before '@' are neither sent nor judged; the host is what follows the last '@'.
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    String rawHost;
    String rawPort = "";
    if (hostAndPort.startsWith("[")) {
      int close = hostAndPort.indexOf(']');
      if (close < 0) throw invalid(hostAndPort, "the URL's IPv6 host has no ']'");
      rawHost = hostAndPort.substring(0, close + 1);
      String rest = hostAndPort.substring(close + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) throw invalid(hostAndPort, "the URL's host is not valid");
      rawPort = rest.isEmpty() ? "" : rest.substring(1);
    } else {
      int colon = hostAndPort.lastIndexOf(':');
      rawHost = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
      rawPort = colon < 0 ? "" : hostAndPort.substring(colon + 1);
    }
    int port = port(rawHost, rawPort, https ? 443 : 80);

    String name;
    InetAddress literal;
    if (rawHost.startsWith("[")) {
      byte[] bytes = HostLiterals.ipv6(rawHost.substring(1, rawHost.length() - 1));
      if (bytes == null) throw invalid(rawHost, "the URL's IPv6 host " + rawHost + " is not valid");
      literal = address(bytes);
      name = AddressRules.text(literal);
    } else {
      String host = domainToAscii(rawHost);
      if (HostLiterals.endsInANumber(host)) {
        byte[] bytes = HostLiterals.ipv4(host);
        if (bytes == null) throw invalid(host, "the URL's host " + host + " is not a valid IPv4 address");
        literal = address(bytes);
        name = literal.getHostAddress();
      } else {
        literal = null;
        name = host;
      }
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    return new UrlTarget(https, name, literal, port, target);
  }

  /** The Host header: the name, and the port when it is not the scheme's own. */
  String hostHeader() {
    return port == (https ? 443 : 80) ? name : name + ":" + port;
  }

  /** The name as TLS checks it: no trailing dot, no brackets. */
  String tlsName() {
    if (literal != null) return literal.getHostAddress();
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static int port(String host, String text, int defaultPort) throws FetchException {
    if (text.isEmpty()) return defaultPort;
    if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(host, "the URL's port is not valid");
    }
    int port = Integer.parseInt(text);
    if (port == 0 || port > 65535) throw invalid(host, "the URL's port is not valid");
    return port;
  }

  /** WHATWG "domain to ASCII" without the full UTS 46 mapping: percent-decoding, IDNA, lower case. */
  private static String domainToAscii(String raw) throws FetchException {
    String decoded = percentDecode(raw);
    if (decoded == null) throw invalid("", "the URL's host is not valid UTF-8");
    String ascii;
    try {
      ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw invalid("", "the URL's host is not a valid domain name");
    }
    if (ascii.isEmpty()) throw invalid("", "the URL has no host");
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c <= 0x20 || c >= 0x7F || "#%/:<>?@[\\]^|".indexOf(c) >= 0) {
        throw invalid("", "the URL's host holds a character a host name cannot hold");
      }
    }
    return ascii;
  }

  private static String percentDecode(String raw) {
    if (raw.indexOf('%') < 0) return raw;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
        bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
        i += 3;
      } else {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static InetAddress address(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes); // no lookup: the bytes are the address
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + bytes.length + " bytes", e);
    }
  }

  private static FetchException invalid(String host, String message) {
    return new FetchException(FetchException.Kind.INVALID_URL, host, message);
  }
}
