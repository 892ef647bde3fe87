package org.rasid.bench.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.rasid.bench.Table;
import org.rasid.core.model.Article;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.structure.LineFate;
import org.rasid.core.structure.Structured;

/** What a corpus run found, article by article. Not thread-safe: one run, one thread. */
public final class CorpusStats {

  /**
   * An article "loses its text" when more than this share of its non-blank characters ends up in {@code dropped}.
   * A news article is mostly body text; a fifth of it dropped is more than chrome and repeats usually explain.
   */
  public static final double HEAVY_LOSS_RATIO = 0.20;
  /**
   * Gate: at most this share of the articles may lose their text. Scraped news does carry whole repeated
   * paragraphs and long boilerplate, so some heavy losses are right; more than 1 in 20 points at the structurer.
   */
  public static final double MAX_HEAVY_LOSS_SHARE = 0.05;
  /** How many line-accounting violations and exceptions the report shows in full. */
  public static final int SHOWN_PROBLEMS = 5;
  /** Dropped lines are shown cut to this many characters. */
  public static final int SHOWN_LINE_CHARS = 150;
  /** Seed of the sample of heavy-loss articles, so a re-run shows the same ones. */
  static final long SAMPLE_SEED = 20150721L;

  /** A failing article: its URL and what went wrong. */
  public record Problem(long index, String url, List<String> details) {}

  /** A heavy-loss article kept for the sample. */
  public record HeavyArticle(long index, String url, String source, double ratio, List<Dropped> dropped) {}

  /** Per-source totals. */
  public static final class SourceStats {
    long articles;
    long chars;
    long droppedChars;
    long heavy;

    public double ratio() {
      return chars == 0 ? 0 : (double) droppedChars / chars;
    }
  }

  /** Dropped lines of one reason and text (cut to {@link #SHOWN_LINE_CHARS}). */
  public record DroppedText(String reason, String text, long count) {}

  long articles;
  long structured;
  long inputChars;
  long nonBlankChars;
  long droppedChars;
  long droppedLines;
  long emptyArticles;
  long heavyLoss;
  long structureNanos;
  long violatingArticles;
  long exceptions;
  /** Articles with each record field set: title, published, byline, images, related, headings. */
  final long[] fieldsFound = new long[FIELDS.size()];
  /** Titles without a letter or digit ("***", "."): a separator line taken for the title. */
  long letterlessTitles;
  static final List<String> FIELDS = List.of("title", "published", "source or authors", "images", "related",
      "headings");
  final List<Problem> violations = new ArrayList<>();
  final List<Problem> exceptionsShown = new ArrayList<>();
  final Map<DropReason, long[]> reasons = new EnumMap<>(DropReason.class); // {lines, chars}
  final Map<String, SourceStats> sources = new TreeMap<>();
  private final Map<String, long[]> droppedTexts = new HashMap<>();
  private final int sampleSize;
  private final List<HeavyArticle> sample = new ArrayList<>();
  private final Random sampleRandom = new Random(SAMPLE_SEED);

  /** @param sampleSize how many heavy-loss articles to keep (a uniform sample, fixed seed) */
  public CorpusStats(int sampleSize) {
    this.sampleSize = sampleSize;
  }

  /** Total length of the non-blank (cleaned) input lines: each has exactly one fate. */
  public static long nonBlankChars(Structured s) {
    long n = 0;
    for (LineFate f : s.lines()) {
      n += f.text().length();
    }
    return n;
  }

  /** Total length of the dropped lines. */
  public static long droppedChars(Article a) {
    long n = 0;
    for (Dropped d : a.dropped()) {
      n += d.text().length();
    }
    return n;
  }

  /** Share of the article's non-blank characters that went to {@code dropped}; 0 for an article with no text. */
  public static double dropRatio(Structured s) {
    long total = nonBlankChars(s);
    return total == 0 ? 0 : (double) droppedChars(s.article()) / total;
  }

  public static boolean isHeavyLoss(double ratio) {
    return ratio > HEAVY_LOSS_RATIO;
  }

  /** Records one structured article. */
  public void add(NewsItem item, String content, Structured s, long nanos, List<String> accountingViolations) {
    articles++;
    structured++;
    structureNanos += nanos;
    inputChars += content.length();
    long total = nonBlankChars(s);
    long dropped = droppedChars(s.article());
    double ratio = total == 0 ? 0 : (double) dropped / total;
    nonBlankChars += total;
    droppedChars += dropped;
    if (total == 0) {
      emptyArticles++;
    }
    countFields(s.article());
    boolean heavy = isHeavyLoss(ratio);
    SourceStats src = sources.computeIfAbsent(String.valueOf(item.source()), k -> new SourceStats());
    src.articles++;
    src.chars += total;
    src.droppedChars += dropped;
    for (Dropped d : s.article().dropped()) {
      droppedLines++;
      long[] r = reasons.computeIfAbsent(d.reason(), k -> new long[2]);
      r[0]++;
      r[1] += d.text().length();
      droppedTexts.computeIfAbsent(d.reason().code() + "\t" + Table.truncate(Table.visible(d.text()), SHOWN_LINE_CHARS),
          k -> new long[1])[0]++;
    }
    if (heavy) {
      heavyLoss++;
      src.heavy++;
      sample(new HeavyArticle(item.index(), item.url(), item.source(), ratio, s.article().dropped()));
    }
    if (!accountingViolations.isEmpty()) {
      violatingArticles++;
      if (violations.size() < SHOWN_PROBLEMS) {
        violations.add(new Problem(item.index(), item.url(), List.copyOf(accountingViolations)));
      }
    }
  }

  private void countFields(Article a) {
    boolean[] set = {a.title() != null, a.published() != null, a.source() != null || !a.authors().isEmpty(),
        !a.images().isEmpty(), !a.related().isEmpty(), !a.headings().isEmpty()};
    for (int i = 0; i < set.length; i++) {
      if (set[i]) {
        fieldsFound[i]++;
      }
    }
    if (a.title() != null && a.title().codePoints().noneMatch(Character::isLetterOrDigit)) {
      letterlessTitles++;
    }
  }

  /** Records an article the structurer (or the accounting check) threw on. */
  public void exception(NewsItem item, String content, Throwable e) {
    articles++;
    exceptions++;
    inputChars += content.length();
    if (exceptionsShown.size() < SHOWN_PROBLEMS) {
      List<String> details = new ArrayList<>();
      details.add(e.toString());
      StackTraceElement[] trace = e.getStackTrace();
      for (int i = 0; i < Math.min(6, trace.length); i++) {
        details.add("at " + trace[i]);
      }
      exceptionsShown.add(new Problem(item.index(), item.url(), details));
    }
  }

  /** Reservoir sampling (algorithm R): every heavy-loss article is equally likely to be kept. */
  private void sample(HeavyArticle a) {
    if (sampleSize <= 0) {
      return;
    }
    if (sample.size() < sampleSize) {
      sample.add(a);
    } else {
      long j = sampleRandom.nextLong(heavyLoss);
      if (j < sampleSize) {
        sample.set((int) j, a);
      }
    }
  }

  /** The sampled heavy-loss articles, in corpus order. */
  public List<HeavyArticle> sample() {
    return sample.stream().sorted(Comparator.comparingLong(HeavyArticle::index)).toList();
  }

  /** The {@code n} most frequent dropped lines. */
  public List<DroppedText> topDroppedTexts(int n) {
    return droppedTexts.entrySet().stream()
        .sorted(Map.Entry.<String, long[]>comparingByValue(Comparator.comparingLong(v -> -v[0]))
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(e -> {
          int tab = e.getKey().indexOf('\t');
          return new DroppedText(e.getKey().substring(0, tab), e.getKey().substring(tab + 1), e.getValue()[0]);
        })
        .toList();
  }

  public double heavyLossShare() {
    return articles == 0 ? 0 : (double) heavyLoss / articles;
  }

  public boolean heavyLossGatePasses() {
    return heavyLossShare() <= MAX_HEAVY_LOSS_SHARE;
  }

  /** True when no article threw, none broke line accounting, and few lost their text. */
  public boolean passes() {
    return exceptions == 0 && violatingArticles == 0 && heavyLossGatePasses();
  }

  public long articles() {
    return articles;
  }

  public long exceptions() {
    return exceptions;
  }

  public long violatingArticles() {
    return violatingArticles;
  }

  public long heavyLoss() {
    return heavyLoss;
  }
}
