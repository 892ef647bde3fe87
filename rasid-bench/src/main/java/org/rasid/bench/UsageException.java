package org.rasid.bench;

/** A command line that cannot be run as given; {@link BenchMain} prints the message and the usage, exit status 2. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
