package org.rasid.cli;

/** A failure the user can act on; printed as "rasid: message" with exit code 1, never with a stack trace. */
final class CliException extends RuntimeException {
  CliException(String message) {
    super(message, null, false, false);
  }
}
