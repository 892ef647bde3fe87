package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasid} command. Subcommands do the work; this class only wires them and maps exit codes. */
@Command(
    name = "rasid",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "rasid (راصد): Arabic news intelligence. Structure raw Arabic news into clean records.",
    subcommands = {ParseCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class RasidCli {

  /** Exit code: every document was processed. */
  public static final int OK = 0;
  /** Exit code: some documents failed; each was reported on stderr and the others were still processed. */
  public static final int SOME_FAILED = 1;
  /** Exit code: the command line itself was wrong. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI without exiting the JVM (for tests and embedding). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new RasidCli());
    cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      cmd.getErr().println("rasid: internal error: " + ex);
      return SOME_FAILED;
    });
    return cli.execute(args);
  }
}
