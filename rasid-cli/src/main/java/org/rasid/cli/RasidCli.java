package org.rasid.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasid} command. Subcommands do the work; this class only wires them and maps exit codes. */
@Command(
    name = "rasid",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "rasid (راصد): Arabic news intelligence. Structure raw Arabic news into clean records.",
    subcommands = {ParseCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class,
        StatsCommand.class, ServeCommand.class, DemoCommand.class, WatchCommand.class,
        NerCommand.class, EvalCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class})
public final class RasidCli {

  /** Exit code: every document was processed. */
  public static final int OK = 0;
  /** Exit code: some documents failed; each was reported on stderr and the others were still processed. */
  public static final int SOME_FAILED = 1;
  /** Exit code: the command line itself was wrong. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(args));
  }

  /** Held so the level set on it is not lost when the logger is garbage-collected. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  /** Libraries log their start-up at INFO; users need only warnings (override with -D…defaultLogLevel=info). */
  private static void quietLibraryLogging() {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    // Javalin and Jetty log through slf4j-simple; their start-up chatter is INFO.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** Runs the CLI on the process's stdout and stderr without exiting the JVM. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true, UTF_8), new PrintWriter(System.err, true, UTF_8), args);
  }

  /** Runs the CLI with the given output and error streams (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new RasidCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof CliException || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
        cmd.getErr().println("rasid " + cmd.getCommandName() + ": " + ex.getMessage());
      } else {
        cmd.getErr().println("rasid " + cmd.getCommandName() + ": internal error: " + ex);
      }
      return SOME_FAILED;
    });
    return cli.execute(args);
  }
}
