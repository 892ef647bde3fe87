package org.rasid.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.rasid.bench.corpus.NewsItem;
import org.rasid.bench.corpus.SaudiNewsNet;

/**
 * The articles a benchmark runs over, as UTF-8 bytes: a deterministic sample of SaudiNewsNet when the shared
 * data is present, else a generated set.
 *
 * @param articles article texts, UTF-8
 * @param description where they came from, for the output
 */
public record BenchData(List<byte[]> articles, String description) {

  /** Seed of the corpus sample and of the generated set: the same articles on every run. */
  static final long SEED = 20150721L;

  public BenchData {
    articles = List.copyOf(articles);
  }

  /** {@code n} articles from {@code shared}'s SaudiNewsNet corpus when present, else {@code n} generated ones. */
  public static BenchData load(Path shared, int n) throws IOException {
    Path dataset = SaudiNewsNet.datasetDir(shared).toAbsolutePath().normalize();
    if (SaudiNewsNet.zips(dataset).isEmpty()) {
      BenchData g = generated(n);
      return new BenchData(g.articles(), g.description() + " (no SaudiNewsNet zips in " + dataset + ")");
    }
    return fromCorpus(dataset, n);
  }

  /** A uniform sample (reservoir, fixed seed) of {@code n} articles with non-blank content, in corpus order. */
  static BenchData fromCorpus(Path dataset, int n) throws IOException {
    Random random = new Random(SEED);
    List<NewsItem> sample = new ArrayList<>(n);
    long[] eligible = {0};
    long total = SaudiNewsNet.forEach(dataset, Long.MAX_VALUE, item -> {
      if (item.content() == null || item.content().isBlank()) {
        return true;
      }
      long i = eligible[0]++;
      if (sample.size() < n) {
        sample.add(item);
      } else {
        long j = random.nextLong(i + 1);
        if (j < n) {
          sample.set((int) j, item);
        }
      }
      return true;
    });
    List<byte[]> bytes = new ArrayList<>(n);
    sample.stream().sorted(Comparator.comparingLong(NewsItem::index))
        .forEach(item -> bytes.add(item.content().getBytes(StandardCharsets.UTF_8)));
    int distinct = bytes.size();
    for (int i = 0; bytes.size() < n && distinct > 0; i++) {
      bytes.add(bytes.get(i % distinct)); // a corpus smaller than n: repeat, so every invocation does n articles
    }
    return new BenchData(bytes, String.format(Locale.ROOT,
        "%,d SaudiNewsNet articles sampled (seed %d) from %,d with non-blank content (%,d in all) in %s%s; %s",
        distinct, SEED, eligible[0], total, dataset, distinct < n ? ", repeated up to " + n : "", sizes(bytes)));
  }

  /** {@code n} generated articles (see {@link ArticleGenerator}). */
  public static BenchData generated(int n) {
    Random random = new Random(SEED);
    List<byte[]> bytes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      bytes.add(ArticleGenerator.article(random).getBytes(StandardCharsets.UTF_8));
    }
    return new BenchData(bytes, String.format(Locale.ROOT, "%,d generated articles (built-in set, seed %d); %s",
        n, SEED, sizes(bytes)));
  }

  private static String sizes(List<byte[]> bytes) {
    long sum = 0;
    for (byte[] b : bytes) {
      sum += b.length;
    }
    return String.format(Locale.ROOT, "%,d bytes, %,d bytes per article on average", sum,
        bytes.isEmpty() ? 0 : sum / bytes.size());
  }
}
