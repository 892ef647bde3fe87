package org.rasid.bench;

import java.io.PrintStream;
import java.util.List;

/** One {@code rasid bench} subcommand. */
public interface Command {
  /** Exit status: success. */
  int OK = 0;
  /** Exit status: a gate failed (or the run found errors). */
  int FAILED = 1;
  /** Exit status: bad usage. */
  int USAGE = 2;

  /** One-line description for the command list. */
  String summary();

  /** Full usage text, starting with the synopsis line. */
  String usage();

  /**
   * Runs the command.
   *
   * @return the exit status
   * @throws UsageException when the arguments are wrong; the caller prints the message, the usage and exits 2
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, Exception;
}
