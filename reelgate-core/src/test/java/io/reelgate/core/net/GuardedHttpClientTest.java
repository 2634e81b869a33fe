package io.reelgate.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.net.FetchException.Kind;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every address form that must be refused, refused before any connection: literals never reach the
 * resolver, names reach only the map below, and a wrongly allowed address would show as a
 * connection failure rather than {@link Kind#REFUSED_ADDRESS}.
 */
class GuardedHttpClientTest {
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "loopback.test", List.of("127.0.0.1"),
          "metadata.test", List.of("169.254.169.254"),
          "intranet.test", List.of("10.1.2.3"),
          "mixed.test", List.of("93.184.215.14", "192.168.0.10"),
          "mapped.test", List.of("::ffff:10.0.0.1"),
          "ula.test", List.of("fd00::1"));

  private static final HostResolver MAP =
      host -> {
        List<String> addresses = NAMES.get(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
        if (addresses == null) throw new UnknownHostException(host);
        return addresses.stream().map(GuardedHttpClientTest::literal).toList();
      };

  private final GuardedHttpClient publicOnly =
      GuardedHttpClient.builder().resolver(MAP).connectTimeout(Duration.ofSeconds(1)).build();
  private final GuardedHttpClient allowingPrivate =
      GuardedHttpClient.builder().resolver(MAP).connectTimeout(Duration.ofSeconds(1)).allowPrivateNetwork(true).build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // loopback, in every spelling browsers and curl accept
        "http://127.0.0.1/             | 127.0.0.1 is a loopback address",
        "http://127.0.0.1:8080/a.png   | 127.0.0.1 is a loopback address",
        "https://127.0.0.1/            | 127.0.0.1 is a loopback address",
        "http://127.1/                 | 127.0.0.1 is a loopback address",
        "http://127.0.1/               | 127.0.0.1 is a loopback address",
        "http://2130706433/            | 127.0.0.1 is a loopback address",
        "http://0177.0.0.1/            | 127.0.0.1 is a loopback address",
        "http://0x7f.1/                | 127.0.0.1 is a loopback address",
        "http://0x7F000001/            | 127.0.0.1 is a loopback address",
        "http://017700000001/          | 127.0.0.1 is a loopback address",
        "http://0x7f.0.0.0x1/          | 127.0.0.1 is a loopback address",
        "http://127.0.0.1./            | 127.0.0.1 is a loopback address",
        "http://%31%32%37.0.0.1/       | 127.0.0.1 is a loopback address",
        "http://127.1.2.3/             | 127.1.2.3 is a loopback address",
        "http://user:pw@127.0.0.1/     | 127.0.0.1 is a loopback address",
        "http://example.com@127.0.0.1/ | 127.0.0.1 is a loopback address",
        "http://[::1]/                 | [0:0:0:0:0:0:0:1] is a loopback address",
        "http://[0:0:0:0:0:0:0:1]:80/  | [0:0:0:0:0:0:0:1] is a loopback address",
        // IPv4-mapped IPv6 is the IPv4 address itself
        "http://[::ffff:127.0.0.1]/    | 127.0.0.1 is a loopback address",
        "http://[::ffff:7f00:1]/       | 127.0.0.1 is a loopback address",
        "http://[::FFFF:10.0.0.1]/     | 10.0.0.1 is a private address",
        "http://[::ffff:a9fe:a9fe]/    | 169.254.169.254 is a link-local address",
        // private ranges, shared address space
        "http://10.0.0.1/              | 10.0.0.1 is a private address",
        "http://10.255.255.255/        | 10.255.255.255 is a private address",
        "http://172.16.0.1/            | 172.16.0.1 is a private address",
        "http://172.31.255.255/        | 172.31.255.255 is a private address",
        "http://192.168.1.1/           | 192.168.1.1 is a private address",
        "http://3232235777/            | 192.168.1.1 is a private address",
        "http://100.64.0.1/            | 100.64.0.1 is a carrier-grade NAT address",
        "http://100.127.255.254/       | 100.127.255.254 is a carrier-grade NAT address",
        "http://[fc00::1]/             | [fc00:0:0:0:0:0:0:1] is a unique-local address",
        "http://[fd12:3456:789a::1]/   | [fd12:3456:789a:0:0:0:0:1] is a unique-local address",
        // link-local and the cloud metadata address
        "http://169.254.169.254/latest/meta-data/ | 169.254.169.254 is a link-local address",
        "http://0xa9fea9fe/            | 169.254.169.254 is a link-local address",
        "http://0251.0376.0251.0376/   | 169.254.169.254 is a link-local address",
        "http://[fe80::1]/             | [fe80:0:0:0:0:0:0:1] is a link-local address",
        "http://[febf::1]/             | [febf:0:0:0:0:0:0:1] is a link-local address",
        // multicast, unspecified, broadcast, reserved
        "http://224.0.0.1/             | 224.0.0.1 is a multicast address",
        "http://239.255.255.250/       | 239.255.255.250 is a multicast address",
        "http://[ff02::1]/             | [ff02:0:0:0:0:0:0:1] is a multicast address",
        "http://0.0.0.0/               | 0.0.0.0 is an unspecified address (0.0.0.0/8)",
        "http://0/                     | 0.0.0.0 is an unspecified address (0.0.0.0/8)",
        "http://[::]/                  | [0:0:0:0:0:0:0:0] is an unspecified address (::)",
        "http://255.255.255.255/       | 255.255.255.255 is the broadcast address",
        "http://240.0.0.1/             | 240.0.0.1 is a reserved address (240.0.0.0/4)",
        "http://192.0.0.8/             | 192.0.0.8 is a reserved address (192.0.0.0/24)",
        "http://192.0.2.1/             | 192.0.2.1 is a documentation address",
        "http://198.18.0.1/            | 198.18.0.1 is a benchmarking address",
        // IPv6 forms that embed an IPv4 address
        "http://[::127.0.0.1]/         | [0:0:0:0:0:0:7f00:1] is an IPv4-compatible IPv6 address",
        "http://[::a9fe:a9fe]/         | [0:0:0:0:0:0:a9fe:a9fe] is an IPv4-compatible IPv6 address",
        "http://[2002:7f00:1::]/       | [2002:7f00:1:0:0:0:0:0] is a 6to4 address embedding a loopback address",
        "http://[2002:a9fe:a9fe::1]/   | [2002:a9fe:a9fe:0:0:0:0:1] is a 6to4 address embedding a link-local address",
        "http://[64:ff9b::7f00:1]/     | [64:ff9b:0:0:0:0:7f00:1] is a NAT64 address embedding a loopback address",
        "http://[64:ff9b::10.0.0.1]/   | [64:ff9b:0:0:0:0:a00:1] is a NAT64 address embedding a private address",
        "http://[64:ff9b:1::a9fe:a9fe]/ | [64:ff9b:1:0:0:0:a9fe:a9fe] is a local-use NAT64 address",
        "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/ | [2001:0:4136:e378:8000:63bf:3fff:fdd2] is a Teredo address",
        "http://[2001:db8::1]/         | [2001:db8:0:0:0:0:0:1] is a documentation address",
        "http://[100::1]/              | [100:0:0:0:0:0:0:1] is a reserved IPv6 address",
        // names are resolved once, and every address they resolve to is judged
        "http://loopback.test/         | loopback.test resolves to a loopback address",
        "http://LOOPBACK.test./        | loopback.test. resolves to a loopback address",
        "http://metadata.test/         | metadata.test resolves to a link-local address",
        "http://intranet.test:8443/    | intranet.test resolves to a private address",
        "http://mixed.test/            | mixed.test resolves to a private address",
        "http://mapped.test/           | mapped.test resolves to a private address",
        "http://ula.test/              | ula.test resolves to a unique-local address",
      })
  void a_non_public_address_is_refused_before_connecting(String url, String reason) {
    assertThatThrownBy(() -> publicOnly.get(URI.create(url), Map.of(), Duration.ofSeconds(5), 1024))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REFUSED_ADDRESS);
              assertThat(e).hasMessage(reason + "; only public addresses are fetched");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://169.254.169.254/      | 169.254.169.254 is a link-local address",
        "http://[::ffff:169.254.169.254]/ | 169.254.169.254 is a link-local address",
        "http://metadata.test/        | metadata.test resolves to a link-local address",
        "http://[fe80::1]/            | [fe80:0:0:0:0:0:0:1] is a link-local address",
        "http://0.0.0.0/              | 0.0.0.0 is an unspecified address (0.0.0.0/8)",
        "http://224.0.0.1/            | 224.0.0.1 is a multicast address",
        "http://[2002:7f00:1::]/      | [2002:7f00:1:0:0:0:0:0] is a 6to4 address embedding a loopback address",
      })
  void the_private_network_allowance_still_refuses_link_local_and_special_addresses(String url, String reason) {
    assertThatThrownBy(() -> allowingPrivate.get(URI.create(url), Map.of(), Duration.ofSeconds(5), 1024))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REFUSED_ADDRESS);
              assertThat(e).hasMessage(reason + "; only public addresses are fetched");
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://1.2.3.4.5/", // ends in a number, five parts
        "http://256.0.0.1/",
        "http://0x100000000/",
        "http://4294967296/",
        "http://09.0.0.1/", // 09 is no octal number
        "http://example.123/",
        "http://[::1%25eth0]/", // zone identifiers are not part of URLs
        "http://[::ffff:127.0.0.01]/",
        "http://127.0.0.1:99999/",
        "http://127.0.0.1:0/",
        "http://%00127.0.0.1/",
        "ftp://example.com/a.png",
        "file:///etc/passwd",
      })
  void a_host_that_is_no_valid_host_is_refused_without_a_lookup(String url) {
    GuardedHttpClient noLookups =
        GuardedHttpClient.builder()
            .resolver(host -> { throw new AssertionError("looked up " + host); })
            .build();

    assertThatThrownBy(() -> noLookups.get(URI.create(url), Map.of(), Duration.ofSeconds(5), 1024))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_URL));
  }

  @Test
  void an_unknown_host_is_an_error_of_its_own() {
    assertThatThrownBy(() -> publicOnly.get(URI.create("http://nowhere.test/"), Map.of(), Duration.ofSeconds(5), 1024))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_HOST);
              assertThat(e).hasMessage("the host nowhere.test is unknown");
            });
  }

  @Test
  void a_header_that_could_split_the_request_is_refused() {
    assertThatThrownBy(
            () -> allowingPrivate.get(URI.create("http://127.0.0.1:1/"), Map.of("X-A", "b\r\nHost: evil"), Duration.ofSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static InetAddress literal(String text) {
    byte[] bytes = text.contains(":") ? HostLiterals.ipv6(text) : HostLiterals.ipv4(text);
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
