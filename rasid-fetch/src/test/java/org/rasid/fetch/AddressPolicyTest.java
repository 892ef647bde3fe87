package org.rasid.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource({
      "0.0.0.0, unspecified",
      "0.1.2.3, unspecified",
      "127.0.0.1, loopback",
      "127.255.255.254, loopback",
      "10.0.0.1, private",
      "10.255.255.255, private",
      "172.16.0.1, private",
      "172.31.255.255, private",
      "192.168.1.1, private",
      "169.254.169.254, link-local",
      "169.254.0.1, link-local",
      "100.64.0.1, carrier-grade NAT",
      "100.127.255.255, carrier-grade NAT",
      "224.0.0.1, multicast",
      "239.255.255.250, multicast",
      "255.255.255.255, reserved",
      "::, unspecified",
      "::1, loopback",
      "[::1], loopback",
      "fc00::1, private (unique-local)",
      "fd12:3456:789a::1, private (unique-local)",
      "fe80::1, link-local",
      "febf:ffff::1, link-local",
      "fec0::1, site-local",
      "ff02::1, multicast",
      "64:ff9b::a9fe:a9fe, NAT64 link-local",
      "2002:7f00:0001::, 6to4 loopback",
      "::127.0.0.1, IPv4-compatible loopback",
  })
  void refusesEveryNonPublicRange(String address, String range) throws UnknownHostException {
    InetAddress a = InetAddress.getByName(address);
    assertThat(AddressPolicy.range(a.getAddress())).isEqualTo(range);
    assertThat(AddressPolicy.refusal(a)).hasValueSatisfying(r -> assertThat(r).startsWith(range + " address "));
  }

  @ParameterizedTest(name = "{0} is public")
  @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
      "100.128.0.1", "169.253.255.255", "192.167.255.255", "223.255.255.255", "2606:4700:4700::1111",
      "2001:4860:4860::8888", "fbff::1", "fe7f::1", "64:ff9b::808:808", "2002:0808:0808::"})
  void acceptsPublicAddresses(String address) throws UnknownHostException {
    assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).isEmpty();
  }

  @Test
  void judgesIpv4MappedAddressesByTheEmbeddedAddress() throws UnknownHostException {
    // Java turns "::ffff:127.0.0.1" into an Inet4Address; the bytes of the IPv6 form are judged too.
    assertThat(AddressPolicy.refusal(InetAddress.getByName("::ffff:127.0.0.1"))).isPresent();
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = (byte) 169;
    mapped[13] = (byte) 254;
    mapped[14] = (byte) 169;
    mapped[15] = (byte) 254;
    assertThat(AddressPolicy.range(mapped)).isEqualTo("IPv4-mapped link-local");
    mapped[12] = 127;
    mapped[13] = 0;
    mapped[14] = 0;
    mapped[15] = 1;
    assertThat(AddressPolicy.range(mapped)).isEqualTo("IPv4-mapped loopback");
    assertThat(AddressPolicy.refusal(Inet6Address.getByAddress(null, mapped, -1))).isPresent();
    mapped[12] = 8;
    mapped[13] = 8;
    mapped[14] = 8;
    mapped[15] = 8;
    assertThat(AddressPolicy.range(mapped)).isNull();
  }

  @Test
  void judgesOtherSpellingsOfLoopbackByTheirBytes() throws UnknownHostException {
    // 2130706433 is 127.0.0.1 as one decimal number; the resolver turns it into bytes first.
    assertThat(AddressPolicy.refusal(InetAddress.getByName("2130706433"))).isPresent();
    assertThat(AddressPolicy.refusal(InetAddress.getByName("0:0:0:0:0:0:0:1"))).isPresent();
  }
}
