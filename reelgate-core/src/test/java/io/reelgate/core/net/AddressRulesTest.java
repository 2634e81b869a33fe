package io.reelgate.core.net;

import static io.reelgate.core.net.GuardedHttpClientTest.literal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "8.8.8.8", "1.1.1.1", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
        "169.253.255.255", "198.17.255.255", "198.20.0.1", "223.255.255.255", "2606:4700:4700::1111",
        "2a00:1450:4001:82a::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
      })
  void public_addresses_are_allowed(String address) {
    assertThat(AddressRules.refusal(literal(address), false)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.0.1", "100.64.0.1", "::1", "fd00::1", "::ffff:192.168.0.1",
        "64:ff9b:1::1",
      })
  void the_private_network_allowance_allows_loopback_and_private_addresses(String address) {
    assertThat(AddressRules.refusal(literal(address), false)).isPresent();
    assertThat(AddressRules.refusal(literal(address), true)).isEmpty();
  }
}
