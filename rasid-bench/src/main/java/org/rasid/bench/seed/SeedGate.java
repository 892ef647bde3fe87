package org.rasid.bench.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasid.bench.Table;

/**
 * The seed gate: what {@code rasid parse ../shared/seed/ultrasawt-2021-09-12.txt --format json} must print.
 *
 * <p>The seed (27 lines, 14 non-blank) reads, by line number:
 *
 * <pre>
 *  1  12-سبتمبر-2021                      date stamp        → published
 *  3  الكاظمي في زبارة إلى إيران (Getty)  photo caption     → images[0]
 *  5  الترا صوت – فريق التحرير            byline            → source, authors
 *  7  بعد مرور أقل من 3 أسابيع …          lead              → paragraph 1
 *  9  the lead cut short                  repeat            → dropped, duplicateOf block 0
 * 11  ووصل الكاظمي طهران …                                  → paragraph 2
 * 13  اقرأ/ي أيضًا: دور محتمل …            "read also" link  → related[0]
 * 15, 17, 19                                                → paragraphs 3, 4, 5
 * 21  التقارب الإيراني السعودي في الخلفية  subheading        → heading
 * 23  في السياق، …                                          → paragraph 6
 * 25  line 27 without its full stop       repeat            → dropped, duplicateOf the last paragraph's block
 * 27  وسبق لوكالة رويترز … عام 2016.                        → paragraph 7
 * </pre>
 *
 * <p>Only short fragments of the article are kept here, as the expected values.
 */
public final class SeedGate {
  private SeedGate() {}

  /** Line 1, "12-سبتمبر-2021". */
  static final String PUBLISHED = "2021-09-12";
  /** Line 5, before the dash. */
  static final String SOURCE = "الترا صوت";
  /** Line 5, after the dash: a desk, kept as the author. */
  static final List<String> AUTHORS = List.of("فريق التحرير");
  /** Line 3 without the credit; "زبارة" is the author's typo and is kept. */
  static final String IMAGE_CAPTION = "الكاظمي في زبارة إلى إيران";
  static final String IMAGE_CREDIT = "Getty";
  /** Line 13 after the "اقرأ/ي أيضًا:" label. */
  static final String RELATED_TITLE = "دور محتمل للعراق من أجل تقارب سعودي إيراني في ظل المتغيرات التي تشهدها المنطقة";
  /** Line 21. */
  static final List<String> HEADINGS = List.of("التقارب الإيراني السعودي في الخلفية");
  /**
   * Body paragraphs, counted by hand in the seed: lines 7, 11, 15, 17, 19, 23 and 27. Not paragraphs: line 9 (the
   * lead cut short), 13 (the related link), 21 (the heading) and 25 (line 27 without its full stop).
   */
  static final int PARAGRAPHS = 7;
  /** The heading (line 21) comes after lines 7, 11, 15, 17 and 19. */
  static final int PARAGRAPHS_BEFORE_HEADING = 5;
  static final String FIRST_PARAGRAPH_START = "بعد مرور أقل من 3 أسابيع";
  /** The fuller copy (line 27, with its full stop) is the one kept. */
  static final String LAST_PARAGRAPH_END = "منذ قطع العلاقات بينهما عام 2016.";
  /** How the last paragraph (and its dropped copy on line 25) begins. */
  static final String LAST_PARAGRAPH_START = "وسبق لوكالة رويترز";
  /** Lines 9 and 25. */
  static final int DROPPED = 2;
  static final Set<String> DUPLICATE_REASONS = Set.of("duplicate", "near-duplicate", "truncated-duplicate");

  /** One line of the gate's table. */
  public record Check(String name, String expected, String actual, boolean pass) {
    public Check {
      Objects.requireNonNull(name, "name");
      expected = Objects.toString(expected);
      actual = Objects.toString(actual);
    }
  }

  /** All checks on one record as JSON (the object {@code rasid parse --format json} prints). */
  public static List<Check> check(JsonNode article) {
    List<Check> checks = new ArrayList<>();
    List<JsonNode> blocks = list(article.path("blocks"));
    List<String> paragraphs = new ArrayList<>();
    List<Integer> paragraphBlock = new ArrayList<>(); // block index of each paragraph
    for (int i = 0; i < blocks.size(); i++) {
      if (isParagraph(blocks.get(i))) {
        paragraphs.add(blocks.get(i).path("text").asText());
        paragraphBlock.add(i);
      }
    }
    List<String> headings = blocks.stream().filter(b -> "heading".equals(b.path("type").asText()))
        .map(b -> b.path("text").asText()).toList();

    eq(checks, "published", PUBLISHED, text(article, "published"));
    eq(checks, "source", SOURCE, text(article, "source"));
    eq(checks, "authors", AUTHORS, texts(article.path("authors")));

    List<JsonNode> images = list(article.path("images"));
    eq(checks, "images: count", 1, images.size());
    JsonNode image = images.isEmpty() ? null : images.getFirst();
    eq(checks, "images[0].caption", IMAGE_CAPTION, image == null ? null : text(image, "caption"));
    eq(checks, "images[0].credit", IMAGE_CREDIT, image == null ? null : text(image, "credit"));

    List<String> relatedTitles = list(article.path("related")).stream().map(r -> text(r, "title")).toList();
    checks.add(new Check("related: has link", RELATED_TITLE, short50(relatedTitles.toString()),
        relatedTitles.contains(RELATED_TITLE)));

    eq(checks, "headings", HEADINGS, headings);
    eq(checks, "paragraphs: count", PARAGRAPHS, paragraphs.size());
    String first = paragraphs.isEmpty() ? null : paragraphs.getFirst();
    checks.add(new Check("paragraph 1: starts", FIRST_PARAGRAPH_START + "…", start(first),
        first != null && first.startsWith(FIRST_PARAGRAPH_START)));
    String last = paragraphs.isEmpty() ? null : paragraphs.getLast();
    checks.add(new Check("last paragraph: ends", "…" + LAST_PARAGRAPH_END, end(last),
        last != null && last.endsWith(LAST_PARAGRAPH_END)));

    List<String> repeated = repeatedTexts(paragraphs);
    checks.add(new Check("paragraphs: no text twice", "none", repeated.isEmpty() ? "none" : short50(repeated.toString()),
        repeated.isEmpty()));
    List<String> prefixes = wordPrefixPairs(paragraphs);
    checks.add(new Check("paragraphs: none a word-prefix of another", "none",
        prefixes.isEmpty() ? "none" : String.join("; ", prefixes), prefixes.isEmpty()));

    checkDropped(checks, list(article.path("dropped")), blocks, paragraphBlock);
    checkHeadingPosition(checks, blocks);

    JsonNode title = article.get("title");
    checks.add(new Check("title", "null", title == null ? "(absent)" : title.isNull() ? "null" : title.toString(),
        title == null || title.isNull()));
    return checks;
  }

  private static void checkDropped(List<Check> checks, List<JsonNode> dropped, List<JsonNode> blocks,
      List<Integer> paragraphBlock) {
    eq(checks, "dropped: count", DROPPED, dropped.size());
    List<String> reasons = dropped.stream().map(d -> text(d, "reason")).toList();
    checks.add(new Check("dropped: reasons", "each in " + new java.util.TreeSet<>(DUPLICATE_REASONS),
        reasons.toString(), !reasons.isEmpty() && DUPLICATE_REASONS.containsAll(reasons)));
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < dropped.size(); i++) {
      JsonNode of = dropped.get(i).get("duplicateOf");
      if (of == null || !of.canConvertToInt() || of.asInt() < 0 || of.asInt() >= blocks.size()
          || !isParagraph(blocks.get(of.asInt()))) {
        bad.add("dropped[" + i + "].duplicateOf=" + of);
      }
    }
    checks.add(new Check("dropped: duplicateOf is a paragraph", "all", bad.isEmpty() ? "all" : String.join(", ", bad),
        bad.isEmpty() && !dropped.isEmpty()));

    // The cut-short lead points at block 0; the repeated last paragraph at the last paragraph's block.
    Integer lastBlock = paragraphBlock.isEmpty() ? null : paragraphBlock.getLast();
    checkCopyOf(checks, "dropped lead copy → block", dropped, FIRST_PARAGRAPH_START, 0);
    checkCopyOf(checks, "dropped last-paragraph copy → block", dropped, LAST_PARAGRAPH_START, lastBlock);
  }

  private static void checkCopyOf(List<Check> checks, String name, List<JsonNode> dropped, String start,
      Integer expectedBlock) {
    JsonNode copy = dropped.stream().filter(d -> text(d, "text") != null && text(d, "text").startsWith(start))
        .findFirst().orElse(null);
    String actual;
    if (copy == null) {
      actual = "no dropped line starting '" + start + "'";
    } else {
      JsonNode of = copy.get("duplicateOf");
      actual = of == null || of.isNull() ? "null" : of.asText();
    }
    checks.add(new Check(name, String.valueOf(expectedBlock), actual,
        copy != null && expectedBlock != null && actual.equals(String.valueOf(expectedBlock))));
  }

  private static void checkHeadingPosition(List<Check> checks, List<JsonNode> blocks) {
    int h = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if ("heading".equals(blocks.get(i).path("type").asText())) {
        h = i;
        break;
      }
    }
    String expected = "after paragraph " + PARAGRAPHS_BEFORE_HEADING + ", between two paragraphs";
    if (h < 0) {
      checks.add(new Check("heading: position", expected, "no heading", false));
      return;
    }
    long before = blocks.subList(0, h).stream().filter(SeedGate::isParagraph).count();
    boolean between = h > 0 && h + 1 < blocks.size() && isParagraph(blocks.get(h - 1)) && isParagraph(blocks.get(h + 1));
    String actual = "block " + h + ", after paragraph " + before + (between ? ", between two paragraphs"
        : ", neighbours " + (h > 0 ? blocks.get(h - 1).path("type").asText() : "-") + "/"
            + (h + 1 < blocks.size() ? blocks.get(h + 1).path("type").asText() : "-"));
    checks.add(new Check("heading: position", expected, actual, between && before == PARAGRAPHS_BEFORE_HEADING));
  }

  /** Texts that occur more than once. */
  static List<String> repeatedTexts(List<String> texts) {
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (String t : texts) {
      if (!seen.add(t) && !repeated.contains(t)) {
        repeated.add(short50(t));
      }
    }
    return repeated;
  }

  /**
   * Pairs "i⊑j" where paragraph i's words (punctuation ignored) begin paragraph j's words, for i ≠ j; a repeat
   * that differs only in punctuation counts too.
   */
  static List<String> wordPrefixPairs(List<String> paragraphs) {
    List<List<String>> words = paragraphs.stream().map(SeedGate::words).toList();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int j = 0; j < words.size(); j++) {
        List<String> a = words.get(i);
        List<String> b = words.get(j);
        if (i != j && !a.isEmpty() && a.size() <= b.size() && b.subList(0, a.size()).equals(a)
            && (a.size() < b.size() || i < j)) {
          pairs.add("paragraph " + (i + 1) + " begins paragraph " + (j + 1));
        }
      }
    }
    return pairs;
  }

  static List<String> words(String text) {
    return Arrays.stream(text.split("[\\s\\p{Punct}\\p{IsPunctuation}]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** Renders the checks as a table, with a verdict line. */
  public static String render(List<Check> checks) {
    Table t = new Table("check", "expected", "actual", "result");
    for (Check c : checks) {
      t.row(c.name(), Table.truncate(Table.visible(c.expected()), 60), Table.truncate(Table.visible(c.actual()), 60), c.pass() ? "PASS" : "FAIL");
    }
    long failed = checks.stream().filter(c -> !c.pass()).count();
    return t.render() + "\n" + (failed == 0 ? "seed-gate: PASS (" + checks.size() + " checks)"
        : "seed-gate: FAIL (" + failed + " of " + checks.size() + " checks failed)") + "\n";
  }

  private static boolean isParagraph(JsonNode block) {
    return "paragraph".equals(block.path("type").asText());
  }

  private static void eq(List<Check> checks, String name, Object expected, Object actual) {
    checks.add(new Check(name, String.valueOf(expected), String.valueOf(actual), Objects.equals(expected, actual)));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> texts(JsonNode array) {
    return list(array).stream().map(n -> n.isNull() ? null : n.asText()).toList();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(out::add);
    }
    return out;
  }

  private static String start(String s) {
    return s == null ? "null" : Table.truncate(s, 40);
  }

  private static String end(String s) {
    return s == null ? "null" : s.length() <= 40 ? s : "…" + s.substring(s.length() - 39);
  }

  private static String short50(String s) {
    return Table.truncate(s, 50);
  }
}
