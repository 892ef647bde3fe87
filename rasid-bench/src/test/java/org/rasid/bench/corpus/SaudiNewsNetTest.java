package org.rasid.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaudiNewsNetTest {

  @TempDir Path shared;

  private Path corpus() throws Exception {
    Map<String, List<Map<String, Object>>> days = new TreeMap<>();
    days.put("2015-07-22", TestCorpus.cleanArticles("okaz", 2));
    days.put("2015-07-21", TestCorpus.cleanArticles("sabq", 3));
    return SaudiNewsNet.datasetDir(TestCorpus.write(shared, days));
  }

  @Test
  void readsEveryArticleInZipNameOrder() throws Exception {
    List<NewsItem> items = new ArrayList<>();
    long n = SaudiNewsNet.forEach(corpus(), Long.MAX_VALUE, items::add);
    assertThat(n).isEqualTo(5);
    assertThat(items).extracting(NewsItem::source).containsExactly("sabq", "sabq", "sabq", "okaz", "okaz");
    assertThat(items).extracting(NewsItem::index).containsExactly(0L, 1L, 2L, 3L, 4L);
    NewsItem first = items.getFirst();
    assertThat(first.url()).isEqualTo("http://example.com/sabq/0");
    assertThat(first.dateExtracted()).isEqualTo("2015-07-21 02:51:32");
    assertThat(first.author()).isEqualTo("الرياض: كاتب");
    assertThat(first.content()).startsWith(TestCorpus.P1);
    assertThat(first.zip()).isEqualTo("2015-07-21.zip!2015-07-21.json");
  }

  @Test
  void stopsAtTheLimitAndWhenTheVisitorSaysSo() throws Exception {
    Path dir = corpus();
    List<NewsItem> items = new ArrayList<>();
    assertThat(SaudiNewsNet.forEach(dir, 4, items::add)).isEqualTo(4);
    assertThat(items).hasSize(4);
    assertThat(SaudiNewsNet.forEach(dir, Long.MAX_VALUE, item -> item.index() < 1)).isEqualTo(2);
  }

  @Test
  void aMissingFolderHasNoZips() throws Exception {
    assertThat(SaudiNewsNet.zips(shared.resolve("nowhere"))).isEmpty();
  }
}
