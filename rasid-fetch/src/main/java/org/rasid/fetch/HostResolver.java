package org.rasid.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host name to addresses, injectable so the address policy can be tested without DNS. */
@FunctionalInterface
public interface HostResolver {
  /** Every address of the host (an IP literal resolves to itself). */
  InetAddress[] resolve(String host) throws UnknownHostException;

  /** The JVM's resolver ({@link InetAddress#getAllByName}), whose cache the HTTP client also reads. */
  static HostResolver system() {
    return InetAddress::getAllByName;
  }
}
