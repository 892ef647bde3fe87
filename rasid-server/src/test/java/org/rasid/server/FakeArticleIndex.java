package org.rasid.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rasid.core.model.Article;
import org.rasid.core.io.Limits;
import org.rasid.index.ArticleIndex;
import org.rasid.index.EntityGraphs;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.NetworkRequest;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.IndexStats;
import org.rasid.index.QuerySyntaxException;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;

/**
 * An in-memory {@link ArticleIndex} for the server's tests: plain substring matching, facets computed from the
 * stored articles, the commit contract kept (nothing upserted is searchable before a commit). Query syntax: words
 * (all must occur, in title or body), {@code source:"X"}, {@code from:YYYY-MM-DD}, {@code to:YYYY-MM-DD},
 * {@code person:}, {@code place:}, {@code org:} (an entity id or canonical name); an odd number of double quotes is a
 * {@link QuerySyntaxException}. Entity pages and networks are {@link EntityGraphs}' over the committed articles.
 */
final class FakeArticleIndex implements ArticleIndex {
  private static final Pattern FILTER = Pattern.compile("(source|from|to|person|place|org):(\"[^\"]*\"|\\S+)");

  private final Map<String, Article> committed = new LinkedHashMap<>();
  private final Map<String, Article> pending = new LinkedHashMap<>();
  private Map<String, String> checkpoint = Map.of();
  final AtomicInteger commits = new AtomicInteger();
  /** When set, every search throws it (to test the 500 path). */
  volatile RuntimeException failSearchWith;

  @Override
  public synchronized boolean upsert(Article article) {
    boolean isNew = !contains(article.id());
    pending.put(article.id(), article);
    return isNew;
  }

  @Override
  public synchronized boolean contains(String id) {
    return committed.containsKey(id) || pending.containsKey(id);
  }

  @Override
  public synchronized void commit(Map<String, String> data) {
    committed.putAll(pending);
    pending.clear();
    checkpoint = Map.copyOf(data);
    commits.incrementAndGet();
  }

  @Override
  public synchronized Map<String, String> checkpoint() {
    return checkpoint;
  }

  @Override
  public synchronized Optional<Article> get(String id) {
    return Optional.ofNullable(committed.get(id));
  }

  @Override
  public synchronized SearchResponse search(SearchRequest request) {
    if (failSearchWith != null) {
      throw failSearchWith;
    }
    long start = System.nanoTime();
    Query q = Query.parse(request.query());
    List<Article> matches = committed.values().stream().filter(q::matches).collect(Collectors.toCollection(ArrayList::new));
    Comparator<Article> byDate = Comparator.comparing(a -> a.published() == null ? "" : a.published());
    switch (request.sort()) {
      case NEWEST -> matches.sort(byDate.reversed());
      case OLDEST -> matches.sort(byDate);
      case RELEVANCE -> matches.sort(Comparator.comparingInt((Article a) -> q.score(a)).reversed());
    }
    List<Hit> hits = matches.stream().skip(request.offset()).limit(request.limit())
        .map(a -> hit(a, q, request.sort() == SearchRequest.Sort.RELEVANCE ? q.score(a) : 0)).toList();
    Map<String, List<FacetCount>> facets = Map.of("source", sourceFacet(matches), "month", monthFacet(matches));
    return new SearchResponse(matches.size(), hits, facets, (System.nanoTime() - start) / 1e6);
  }

  @Override
  public synchronized Optional<EntityProfile> entity(String id) {
    return EntityGraphs.profile(id, committed.values(), EntityProfile.DEFAULT_COOCCURRING);
  }

  @Override
  public synchronized EntityNetwork network(NetworkRequest request) {
    Query q = Query.parse(request.query());
    List<Article> matches = committed.values().stream().filter(q::matches)
        .sorted(Comparator.comparing((Article a) -> a.published() == null ? "" : a.published()).reversed()).toList();
    return EntityGraphs.network(matches.size(), matches.subList(0, Math.min(matches.size(), Limits.MAX_NETWORK_ARTICLES)),
        request.nodes(), request.edges());
  }

  @Override
  public synchronized List<Hit> moreLikeThis(String id, int limit) {
    Article self = committed.get(id);
    if (self == null) {
      return List.of();
    }
    return committed.values().stream().filter(a -> !a.id().equals(id))
        .filter(a -> a.source() != null && a.source().equals(self.source()))
        .limit(limit).map(a -> hit(a, Query.parse(""), 1)).toList();
  }

  @Override
  public synchronized IndexStats stats() {
    List<Article> all = List.copyOf(committed.values());
    List<String> dates = all.stream().map(Article::published).filter(d -> d != null).sorted().toList();
    return new IndexStats(all.size(), sourceFacet(all), dates.isEmpty() ? null : dates.getFirst(),
        dates.isEmpty() ? null : dates.getLast(), 1234, "/tmp/fake-index");
  }

  @Override
  public void close() {}

  private static List<FacetCount> sourceFacet(List<Article> articles) {
    Map<String, Long> counts = articles.stream().filter(a -> a.source() != null)
        .collect(Collectors.groupingBy(Article::source, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }

  private static List<FacetCount> monthFacet(List<Article> articles) {
    Map<String, Long> counts = articles.stream().filter(a -> a.published() != null && a.published().length() >= 7)
        .collect(Collectors.groupingBy(a -> a.published().substring(0, 7), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }

  private static Hit hit(Article a, Query q, float score) {
    String body = String.join(" ", a.paragraphs());
    String title = a.title() != null ? a.title() : body.substring(0, Math.min(40, body.length()));
    return new Hit(a.id(), title, a.source(), a.authors(), a.published(), q.snippet(body), score);
  }

  /** The parsed query. */
  private record Query(List<String> words, String source, String from, String to, List<String[]> entities) {
    static Query parse(String text) {
      if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
        throw new QuerySyntaxException("unbalanced double quote in the query");
      }
      String source = null;
      String from = null;
      String to = null;
      List<String[]> entities = new ArrayList<>();
      Matcher m = FILTER.matcher(text);
      while (m.find()) {
        String value = m.group(2).replace("\"", "");
        switch (m.group(1)) {
          case "source" -> source = value;
          case "from" -> from = value;
          case "to" -> to = value;
          default -> entities.add(new String[] {m.group(1), value});
        }
      }
      String rest = FILTER.matcher(text).replaceAll(" ").replace("\"", " ").strip();
      List<String> words = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
      return new Query(words, source, from, to, entities);
    }

    boolean matches(Article a) {
      String text = fullText(a);
      String date = a.published() == null ? "" : a.published();
      return words.stream().allMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)))
          && (source == null || source.equals(a.source()))
          && (from == null || date.compareTo(from) >= 0)
          && (to == null || (!date.isEmpty() && date.substring(0, Math.min(10, date.length())).compareTo(to) <= 0))
          && entities.stream().allMatch(f -> a.entities().stream().anyMatch(e -> f[0].equals(EntityGraphs.facet(e.type()))
              && (e.id().equals(f[1]) || e.canonical().equals(f[1]))));
    }

    int score(Article a) {
      String text = fullText(a);
      int n = 0;
      for (String w : words) {
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
          n++;
        }
      }
      return n;
    }

    /** The first 200 chars of the body from the first match, escaped, with the words in {@code <mark>}. */
    String snippet(String body) {
      int at = words.isEmpty() ? 0 : Math.max(0, body.indexOf(words.getFirst()));
      String passage = body.substring(at, Math.min(body.length(), at + 200));
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < passage.length()) {
        String word = null;
        for (String w : words) {
          if (!w.isEmpty() && passage.startsWith(w, i)) {
            word = w;
            break;
          }
        }
        if (word != null) {
          out.append("<mark>").append(escape(word)).append("</mark>");
          i += word.length();
        } else {
          out.append(escape(String.valueOf(passage.charAt(i++))));
        }
      }
      return out.toString();
    }

    private static String fullText(Article a) {
      return ((a.title() == null ? "" : a.title()) + "\n" + String.join("\n", a.paragraphs())).toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
          .replace("'", "&#39;");
    }
  }
}
