package org.rasid.bench.htmlfixtures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.rasid.bench.Table;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.html.HtmlExtractor;

/**
 * Scores an HTML extractor against the fixture pages: body token precision, recall and F1 ({@link BodyScore}) and
 * exact per-field accuracy ({@link Field}). The extractor is a parameter, so tests can pass a lambda; an extractor
 * that throws on a page scores F1 0 and no field on it, and the reason is kept.
 */
public final class HtmlFixtureEvaluation {

  /** The extraction under test: {@link HtmlExtractor#extract}'s shape. */
  @FunctionalInterface
  public interface Extractor {
    Article extract(String html, String url);
  }

  /** The production extractor, one instance for the run. */
  public static Extractor production() {
    HtmlExtractor extractor = new HtmlExtractor();
    return extractor::extract;
  }

  static final String METHOD = "Body: bag-of-tokens precision, recall and F1 of the extracted blocks (paragraphs and "
      + "headings) against the gold body; tokens are split at whitespace and punctuation after ArabicNormalizer "
      + "search folding (alef, yaa, taa marbuta, hamza seats, diacritics, tatweel, digits), so spelling variants "
      + "do not count as errors. Fields: exact match after whitespace normalisation; authors and image captions "
      + "as sets. An extractor exception counts as F1 0 and every field wrong.";

  private static final int SHOWN_CHARS = 70;
  private static final int SHOWN_BLOCKS = 3;
  private static final int SHOWN_BLOCK_CHARS = 40;

  private final Extractor extractor;

  public HtmlFixtureEvaluation(Extractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Evaluates every fixture, in order. */
  public Report evaluate(List<HtmlFixture> fixtures) {
    List<PageResult> results = new ArrayList<>();
    for (HtmlFixture fixture : fixtures) {
      results.add(evaluate(fixture));
    }
    return new Report(results);
  }

  /** Evaluates one page; never throws for what the extractor does. */
  public PageResult evaluate(HtmlFixture fixture) {
    Gold gold = fixture.gold();
    Article article;
    try {
      article = extractor.extract(fixture.html(), gold.fetchedUrl());
      if (article == null) {
        throw new IllegalStateException("the extractor returned null");
      }
    } catch (RuntimeException | StackOverflowError e) {
      Map<Field, Boolean> none = new EnumMap<>(Field.class);
      for (Field f : Field.values()) {
        none.put(f, false);
      }
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new PageResult(fixture.name(), BodyScore.failed(gold.body()), none, List.of(), reason);
    }
    List<String> extracted = article.blocks().stream().map(Block::text).toList();
    BodyScore body = BodyScore.of(gold.body(), extracted);
    Map<Field, Boolean> fields = new EnumMap<>(Field.class);
    List<String> misses = new ArrayList<>();
    addBlocks(misses, "body: missed", BodyScore.mostlyAbsent(gold.body(), extracted));
    addBlocks(misses, "body: extra", BodyScore.mostlyAbsent(extracted, gold.body()));
    for (Field f : Field.values()) {
      boolean ok = f.matches(gold, article);
      fields.put(f, ok);
      if (!ok) {
        misses.add(f.label() + ": expected " + shown(f.expected(gold)) + ", got " + shown(f.actual(article)));
      }
    }
    return new PageResult(fixture.name(), body, fields, misses, null);
  }

  /** At most {@link #SHOWN_BLOCKS} blocks, each cut short, and how many more there are. */
  private static void addBlocks(List<String> misses, String label, List<String> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    List<String> shown = blocks.stream().limit(SHOWN_BLOCKS).map(b -> "«" + Table.truncate(b, SHOWN_BLOCK_CHARS) + "»")
        .toList();
    int more = blocks.size() - shown.size();
    misses.add(label + " " + blocks.size() + " block" + (blocks.size() == 1 ? "" : "s") + ": "
        + String.join(" ", shown) + (more > 0 ? " and " + more + " more" : ""));
  }

  private static String shown(Object value) {
    return value == null ? "null" : Table.truncate(Table.visible(value.toString()), SHOWN_CHARS);
  }

  /** The results of a run, with the per-page and summary tables. */
  public record Report(List<PageResult> pages) {
    public Report {
      pages = List.copyOf(pages);
    }

    /** Mean body F1 over the pages (0 when there are none). */
    public double macroF1() {
      return pages.stream().mapToDouble(p -> p.body().f1()).average().orElse(0);
    }

    public double macroPrecision() {
      return pages.stream().mapToDouble(p -> p.body().precision()).average().orElse(0);
    }

    public double macroRecall() {
      return pages.stream().mapToDouble(p -> p.body().recall()).average().orElse(0);
    }

    /** Pages whose {@code field} matched. */
    public long matched(Field field) {
      return pages.stream().filter(p -> p.matched(field)).count();
    }

    /** Pages on which the extractor threw. */
    public long errors() {
      return pages.stream().filter(p -> p.error() != null).count();
    }

    /** One row per page: body scores, ✓/✗ per field, the error when there was one. */
    public String pageTable() {
      List<String> headers = new ArrayList<>(List.of("page", "P", "R", "F1"));
      for (Field f : Field.values()) {
        headers.add(f.label());
      }
      headers.add("error");
      Table t = new Table(headers.toArray(String[]::new));
      for (PageResult p : pages) {
        List<Object> row = new ArrayList<>(List.of(p.name(), fmt(p.body().precision()), fmt(p.body().recall()),
            fmt(p.body().f1())));
        for (Field f : Field.values()) {
          row.add(p.matched(f) ? "✓" : "✗");
        }
        row.add(p.error() == null ? "" : Table.truncate(p.error(), SHOWN_CHARS));
        t.row(row.toArray());
      }
      return t.render();
    }

    /** Macro body scores, per-field accuracy, error count. */
    public String summaryTable() {
      int n = pages.size();
      Table t = new Table("metric", "value");
      t.row("pages", n);
      t.row("body macro precision", fmt(macroPrecision()));
      t.row("body macro recall", fmt(macroRecall()));
      t.row("body macro F1", fmt(macroF1()));
      for (Field f : Field.values()) {
        t.row(f.label() + " accuracy", String.format(Locale.ROOT, "%d/%d (%s)", matched(f), n,
            n == 0 ? "-" : fmt(matched(f) / (double) n)));
      }
      t.row("extractor errors", errors() + "/" + n);
      return t.render();
    }

    /** Every field miss and error, one line each, by page. */
    public String details() {
      StringBuilder sb = new StringBuilder();
      for (PageResult p : pages) {
        if (p.error() != null) {
          sb.append("- ").append(p.name()).append(": extractor failed: ").append(p.error()).append('\n');
        }
        for (String miss : p.misses()) {
          sb.append("- ").append(p.name()).append(": ").append(miss).append('\n');
        }
      }
      return sb.toString();
    }
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
