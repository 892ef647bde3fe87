package org.rasid.fetch;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which network addresses a fetch may connect to: the guard against server-side request forgery (a feed or a
 * redirect pointing rasid at the machine itself, the local network or a cloud metadata service).
 *
 * <p>Refused ranges, IPv4 and IPv6 alike, by {@link #refusal}:
 *
 * <ul>
 *   <li>unspecified / "this network": {@code 0.0.0.0/8}, {@code ::}
 *   <li>loopback: {@code 127.0.0.0/8}, {@code ::1}
 *   <li>private: {@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code 192.168.0.0/16}, unique-local {@code fc00::/7}
 *   <li>link-local: {@code 169.254.0.0/16} (includes the cloud metadata address {@code 169.254.169.254}),
 *       {@code fe80::/10}, and the deprecated site-local {@code fec0::/10}
 *   <li>carrier-grade NAT (shared address space): {@code 100.64.0.0/10}
 *   <li>multicast: {@code 224.0.0.0/4}, {@code ff00::/8}; and the broadcast/reserved {@code 240.0.0.0/4}
 *   <li>any IPv6 form that embeds an IPv4 address, judged by the embedded address: IPv4-mapped
 *       {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4
 *       {@code 2002::/16}
 * </ul>
 *
 * <p>Works on the raw address bytes, so it judges what the socket would connect to, whatever textual form the
 * host had (decimal, octal or hexadecimal IPv4 literals are turned into bytes by the resolver first).
 */
public final class AddressPolicy {
  private AddressPolicy() {}

  /**
   * Why an address may not be fetched from, or empty when it is a public address.
   *
   * @param address a resolved address
   * @return a short reason ("loopback address 127.0.0.1"), or empty
   */
  public static Optional<String> refusal(InetAddress address) {
    String range = range(address.getAddress());
    return range == null ? Optional.empty() : Optional.of(range + " address " + address.getHostAddress());
  }

  /** The name of the refused range holding these address bytes (4 or 16), or null for a public address. */
  static String range(byte[] a) {
    if (a.length == 4) {
      return range4(a);
    }
    if (a.length != 16) {
      return "malformed";
    }
    if (isZero(a, 0, 10) && u(a[10]) == 0xff && u(a[11]) == 0xff) {
      return embedded("IPv4-mapped", a, 12); // ::ffff:a.b.c.d
    }
    if (isZero(a, 0, 12)) {
      if (isZero(a, 12, 15) && u(a[15]) <= 1) {
        return u(a[15]) == 0 ? "unspecified" : "loopback"; // :: and ::1
      }
      return embedded("IPv4-compatible", a, 12); // ::a.b.c.d (deprecated)
    }
    if (u(a[0]) == 0x00 && u(a[1]) == 0x64 && u(a[2]) == 0xff && u(a[3]) == 0x9b && isZero(a, 4, 12)) {
      return embedded("NAT64", a, 12); // 64:ff9b::a.b.c.d
    }
    if (u(a[0]) == 0x20 && u(a[1]) == 0x02) {
      return embedded("6to4", a, 2); // 2002:aabb:ccdd::
    }
    if ((u(a[0]) & 0xfe) == 0xfc) {
      return "private (unique-local)";
    }
    if (u(a[0]) == 0xfe && (u(a[1]) & 0xc0) == 0x80) {
      return "link-local";
    }
    if (u(a[0]) == 0xfe && (u(a[1]) & 0xc0) == 0xc0) {
      return "site-local";
    }
    if (u(a[0]) == 0xff) {
      return "multicast";
    }
    return null;
  }

  private static String embedded(String form, byte[] a, int from) {
    byte[] v4 = {a[from], a[from + 1], a[from + 2], a[from + 3]};
    String inner = range4(v4);
    return inner == null ? null : form + " " + inner;
  }

  private static String range4(byte[] a) {
    int b0 = u(a[0]);
    int b1 = u(a[1]);
    if (b0 == 0) {
      return "unspecified";
    }
    if (b0 == 127) {
      return "loopback";
    }
    if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
      return "private";
    }
    if (b0 == 169 && b1 == 254) {
      return "link-local";
    }
    if (b0 == 100 && (b1 & 0xc0) == 64) {
      return "carrier-grade NAT";
    }
    if (b0 >= 224 && b0 <= 239) {
      return "multicast";
    }
    if (b0 >= 240) {
      return "reserved";
    }
    return null;
  }

  private static boolean isZero(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static int u(byte b) {
    return b & 0xff;
  }
}
