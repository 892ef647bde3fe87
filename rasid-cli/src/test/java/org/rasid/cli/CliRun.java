package org.rasid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in tests: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {
  /** Runs {@code rasid ARGS…} in this JVM through {@link RasidCli#run}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RasidCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
