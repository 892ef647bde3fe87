package org.rasid.server;

import java.util.Objects;
import org.rasid.core.io.TextDecoder;

/**
 * How {@link RasidServer} listens. Immutable; start from {@link #defaults()} and change what differs.
 *
 * @param host address to bind; {@value #DEFAULT_HOST} (this machine only) unless the server is meant to be public
 * @param port TCP port, 0 for any free port (read the chosen one back with {@link RasidServer#port()})
 * @param maxBodyBytes largest request body accepted (a POSTed article), in bytes; larger ones get 413
 */
public record ServerConfig(String host, int port, long maxBodyBytes) {
  /** Loopback: the server is reachable from this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The port of {@code rasid serve} without {@code --port}. */
  public static final int DEFAULT_PORT = 8080;
  /** 5 MB, the same limit as {@code rasid parse} applies to one input document. */
  public static final long DEFAULT_MAX_BODY_BYTES = TextDecoder.DEFAULT_MAX_BYTES;
  private static final int MAX_PORT = 65_535;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port must be from 0 to " + MAX_PORT + ", was " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > TextDecoder.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be from 1 to " + TextDecoder.MAX_LIMIT + ", was " + maxBodyBytes);
    }
  }

  /** {@value #DEFAULT_HOST}, port {@value #DEFAULT_PORT}, 5 MB bodies. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, maxBodyBytes);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, maxBodyBytes);
  }

  public ServerConfig withMaxBodyBytes(long newMaxBodyBytes) {
    return new ServerConfig(host, port, newMaxBodyBytes);
  }
}
