package org.rasid.bench.htmlfixtures;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.MarkdownSections;
import org.rasid.bench.RunInfo;
import org.rasid.bench.UsageException;

/**
 * {@code rasid bench html-fixtures}: runs the HTML extractor over the hand-written fixture pages and scores it
 * against their gold records ({@link HtmlFixtureEvaluation}).
 */
public final class HtmlFixturesCommand implements Command {
  /** The fixtures in the source tree, relative to the repository root. */
  static final Path FIXTURES = Path.of("rasid-html", "src", "test", "resources", "fixtures", "html");
  static final String SECTION = "html-fixtures";

  private final Supplier<HtmlFixtureEvaluation.Extractor> extractor;

  /** The command over the production {@link org.rasid.html.HtmlExtractor}. */
  public HtmlFixturesCommand() {
    this(HtmlFixtureEvaluation::production);
  }

  /** The command over another extractor (tests). */
  public HtmlFixturesCommand(Supplier<HtmlFixtureEvaluation.Extractor> extractor) {
    this.extractor = extractor;
  }

  @Override
  public String summary() {
    return "score the HTML extractor on the fixture pages: body token F1, field accuracy";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench html-fixtures [--dir DIR] [--md FILE] [--min-f1 X] [--extractor production|baseline]

        Runs the HTML extractor on every DIR/*.html and compares the record with DIR/*.json (the gold): body
        token precision, recall and F1 (tokens split at whitespace and punctuation after ArabicNormalizer search
        folding, so spelling variants are not errors), and exact accuracy of title, published, source, authors
        (as a set), image captions (as a set) and url, after whitespace normalisation. An extractor exception
        counts as F1 0, with its reason printed.
          --dir DIR    the fixture folder (default: %s, looked up from the working directory and its parent)
          --md FILE    also write the results into FILE's <!-- %s:start --> … end section
          --min-f1 X   exit 1 when the macro body F1 is below X, 0 to 1 (default: 0)
          --extractor  production: rasid-html's HtmlExtractor (default); baseline: every <p> of the page and
                       the metadata as it is, no content detection (a floor to compare with)

        Exit status: 0 done, 1 macro F1 below --min-f1 or a gold record is invalid, 2 bad usage.
        """.formatted(FIXTURES, SECTION);
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("--dir", "--md", "--min-f1", "--extractor"), Set.of("--help", "-h"));
    if (args.has("--help") || args.has("-h")) {
      out.print(usage());
      return OK;
    }
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positionals().getFirst() + "'");
    }
    double minF1 = minF1(args.value("--min-f1", "0"));
    Path dir = fixtureDir(args.value("--dir", null), Path.of(""));
    List<HtmlFixture> fixtures;
    try {
      fixtures = HtmlFixture.load(dir);
    } catch (IllegalArgumentException e) {
      err.println("rasid bench html-fixtures: " + e.getMessage());
      return FAILED;
    }
    if (fixtures.isEmpty()) {
      throw new UsageException("no *.html pages in " + dir);
    }
    String which = args.value("--extractor", "production");
    HtmlFixtureEvaluation.Extractor chosen = switch (which) {
      case "production" -> extractor.get();
      case "baseline" -> new NaiveBaseline();
      default -> throw new UsageException("--extractor is production or baseline, not '" + which + "'");
    };
    HtmlFixtureEvaluation.Report report = new HtmlFixtureEvaluation(chosen).evaluate(fixtures);
    out.println("html-fixtures: " + fixtures.size() + " pages from " + dir + ", extractor: " + which);
    out.println(HtmlFixtureEvaluation.METHOD);
    out.println();
    out.print(report.pageTable());
    out.println();
    String details = report.details();
    if (!details.isEmpty()) {
      out.println("Misses:");
      out.print(details);
      out.println();
    }
    out.print(report.summaryTable());
    boolean pass = report.macroF1() >= minF1;
    String verdict = String.format(Locale.ROOT, "html-fixtures: macro F1 %s %s --min-f1 %s: %s",
        HtmlFixtureEvaluation.fmt(report.macroF1()), pass ? ">=" : "<", HtmlFixtureEvaluation.fmt(minF1),
        pass ? "PASS" : "FAIL");
    out.println();
    out.println(verdict);
    String md = args.value("--md", null);
    if (md != null) {
      MarkdownSections.update(Path.of(md), SECTION, section(argv, report, which), MarkdownSections.BENCHMARKS_HEADER);
      out.println("updated section '" + SECTION + "' of " + md);
    }
    return pass ? OK : FAILED;
  }

  private static String section(List<String> argv, HtmlFixtureEvaluation.Report report, String which) {
    return "## HTML extraction on the fixture pages\n\n"
        + "- Command: `" + RunInfo.command("./rasid bench html-fixtures", argv) + "`\n"
        + "- Date: " + RunInfo.date() + "\n"
        + "- JDK: " + RunInfo.jdk() + "\n"
        + "- Extractor: " + (which.equals("baseline") ? "baseline (every <p>, the metadata as it is)"
            : "rasid-html HtmlExtractor") + "\n"
        + "- Data: " + report.pages().size() + " hand-written pages in `" + FIXTURES + "` (gold rules in its README.md)\n"
        + "- " + HtmlFixtureEvaluation.METHOD + "\n\n"
        + report.summaryTable() + "\n" + report.pageTable();
  }

  private static double minF1(String value) throws UsageException {
    double v;
    try {
      v = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--min-f1 needs a number from 0 to 1, not '" + value + "'");
    }
    if (!(v >= 0 && v <= 1)) {
      throw new UsageException("--min-f1 must be from 0 to 1, not " + value);
    }
    return v;
  }

  /**
   * The folder to read: {@code --dir} as given, else {@link #FIXTURES} under {@code workingDir} or its parent (so
   * the default works from the repository root and from a module folder).
   */
  static Path fixtureDir(String option, Path workingDir) throws UsageException {
    if (option != null) {
      Path dir = Path.of(option);
      if (!Files.isDirectory(dir)) {
        throw new UsageException("no such folder: " + dir);
      }
      return dir;
    }
    Path base = workingDir.toAbsolutePath().normalize();
    for (Path candidate : new Path[] {base.resolve(FIXTURES), base.resolveSibling(FIXTURES)}) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new UsageException("no fixture folder " + FIXTURES + " under " + base + " or its parent; pass --dir DIR");
  }
}
