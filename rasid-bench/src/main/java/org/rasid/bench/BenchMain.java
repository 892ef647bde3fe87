package org.rasid.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.bench.corpus.CorpusCommand;
import org.rasid.bench.index.IndexBenchCommand;
import org.rasid.bench.jmh.JmhCommand;
import org.rasid.bench.seed.SeedGateCommand;

/**
 * {@code rasid bench <subcommand> [args]}: benchmarks, corpus runs and quality gates.
 *
 * <p>Exit status: 0 success, 1 a gate failed, 2 bad usage.
 */
public final class BenchMain {
  private BenchMain() {}

  static Map<String, Command> commands() {
    Map<String, Command> m = new LinkedHashMap<>();
    m.put("seed-gate", new SeedGateCommand());
    m.put("corpus", new CorpusCommand());
    m.put("jmh", new JmhCommand());
    m.put("stemmers", new org.rasid.bench.stemming.StemmersCommand());
    m.put("index", new IndexBenchCommand());
    m.put("html-fixtures", new org.rasid.bench.htmlfixtures.HtmlFixturesCommand());
    m.put("html", new org.rasid.bench.html.HtmlBenchCommand());
    m.put("ner-gate", new org.rasid.bench.ner.NerGateCommand());
    m.put("ner-jmh", new org.rasid.bench.ner.NerJmhCommand());
    return m;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one subcommand; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    if (args.length == 0) {
      err.print(usage(commands));
      return Command.USAGE;
    }
    String name = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
      if (rest.isEmpty()) {
        out.print(usage(commands));
        return Command.OK;
      }
      Command c = commands.get(rest.getFirst());
      if (c == null) {
        err.println("rasid bench help: unknown subcommand '" + rest.getFirst() + "'");
        err.print(usage(commands));
        return Command.USAGE;
      }
      out.print(c.usage());
      return Command.OK;
    }
    Command command = commands.get(name);
    if (command == null) {
      err.println("rasid bench: unknown subcommand '" + name + "'");
      err.print(usage(commands));
      return Command.USAGE;
    }
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println("rasid bench " + name + ": " + e.getMessage());
      err.print(command.usage());
      return Command.USAGE;
    } catch (Exception e) {
      err.println("rasid bench " + name + ": " + e);
      return Command.FAILED;
    }
  }

  static String usage(Map<String, Command> commands) {
    StringBuilder sb = new StringBuilder("""
        Usage: rasid bench <subcommand> [args]

        Benchmarks, corpus runs and quality gates (rasid-bench; corpus data comes from ../shared).

        Subcommands:
        """);
    for (Map.Entry<String, Command> e : commands.entrySet()) {
      sb.append(String.format("  %-10s %s%n", e.getKey(), e.getValue().summary()));
    }
    sb.append(String.format("  %-10s %s%n", "help", "this list; 'help <subcommand>' for its options"));
    sb.append("\nExit status: 0 success, 1 a gate failed, 2 bad usage.\n");
    return sb.toString();
  }
}
