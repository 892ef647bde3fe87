package org.rasid.bench.htmlfixtures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.rasid.core.model.Article;
import org.rasid.core.model.Image;

/**
 * The record fields compared exactly, after whitespace normalisation ({@link #clean}): runs of white space (NBSP and
 * the other Unicode spaces included) become one space, the ends are trimmed, and an empty value is null. Lists are
 * compared as sets.
 */
public enum Field {
  TITLE("title", Article::title, Gold::title),
  PUBLISHED("published", Article::published, Gold::published),
  SOURCE("source", Article::source, Gold::source),
  AUTHORS("authors", a -> set(a.authors()), g -> set(g.authors())),
  CAPTIONS("captions", a -> captions(a.images()), g -> captions(g.images())),
  URL("url", Article::url, Gold::url);

  private final String label;
  private final Function<Article, Object> actual;
  private final Function<Gold, Object> expected;

  Field(String label, Function<Article, Object> actual, Function<Gold, Object> expected) {
    this.label = label;
    this.actual = actual;
    this.expected = expected;
  }

  public String label() {
    return label;
  }

  /** The gold value, normalised: a string, a sorted set of strings, or null. */
  public Object expected(Gold gold) {
    return normalised(expected.apply(gold));
  }

  /** The extracted value, normalised like {@link #expected}. */
  public Object actual(Article article) {
    return normalised(actual.apply(article));
  }

  /** Whether the extracted value equals the gold value after normalisation. */
  public boolean matches(Gold gold, Article article) {
    return Objects.equals(expected(gold), actual(article));
  }

  private static Object normalised(Object value) {
    return value instanceof String s ? clean(s) : value;
  }

  /** {@code s} with white space runs as one space, trimmed; null when null or blank. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = s.replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", " ").strip();
    return c.isEmpty() ? null : c;
  }

  private static Set<String> set(List<String> values) {
    Set<String> out = new TreeSet<>();
    for (String v : values) {
      String c = clean(v);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static Set<String> captions(List<Image> images) {
    Set<String> captions = new LinkedHashSet<>();
    for (Image image : images) {
      captions.add(image.caption());
    }
    return set(List.copyOf(captions.stream().filter(Objects::nonNull).toList()));
  }
}
