package org.rasid.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.core.structure.Structurer;

/** Ingest of archives and pages, with a fake page extractor (tags out, then the text structurer). */
class WarcIngestTest {

  @TempDir Path dir;

  /** Strips tags and structures the text; the url is the page's. Thread-safe. */
  static final PageExtractor FAKE = page -> new Structurer().structure(
      new String(page.bytes(), StandardCharsets.UTF_8).replaceAll("<(h1|p|title)>", "\n\n").replaceAll("<[^>]+>", ""),
      page.url()).article();

  private static Ingester.Summary run(InMemoryIndex index, List<String> args, PageExtractor pages)
      throws IOException {
    InputWalker walker = new InputWalker(args, 5 << 20, new ByteArrayInputStream(new byte[0]),
        org.rasid.html.ContentSniffer::sniff);
    return new Ingester(index, new Ingester.Options(4, 2, 4), pages).run(walker, String.join("\n", args),
        (d, i, a, f) -> { });
  }

  @Test
  void ingestsThePagesCountsSkippedRecordsByReasonAndReportsBadRecordsAndDamage() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.warc.gz"), WarcDocumentsTest.mixed().write(true).bytes());
    WarcFixture.Archive b = new WarcFixture().warcinfo().request(11).page(11, false, false).metadata(11)
        .page(12, true, true).write(false);
    Files.write(in.resolve("b.warc"), Arrays.copyOf(b.bytes(), (int) (b.ends().get(3) + 100)));
    Files.writeString(in.resolve("c.txt"), WarcFixture.page(13));
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary s = run(index, List.of(in.toString()), FAKE);
    assertThat(s.ingested()).as("%s", s.failures()).isEqualTo(5 + 1 + 1);
    assertThat(s.documents()).isEqualTo(5 + 1 + 1 + 1); // the damaged archive is one failed document
    assertThat(s.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of("warcinfo", 2L, "request", 4L,
        "metadata", 4L, "not-html", 2L, "http-404", 1L, "revisit", 1L));
    assertThat(s.skippedTotal()).isEqualTo(14);
    assertThat(s.failures()).singleElement().satisfies(f -> {
      assertThat(f.document()).isEqualTo(in.resolve("b.warc").toString());
      assertThat(f.reason()).startsWith("truncated at byte " + (b.ends().get(3) + 100) + " after 4 records");
    });
    assertThat(index.committed.values()).extracting(Article::url).contains(WarcFixture.url(1), WarcFixture.url(11),
        null);
  }

  @Test
  void theFetchDateFillsPublishedOnlyWhenThePageGivesNone() throws IOException {
    Path warc = Files.write(dir.resolve("a.warc"), new WarcFixture().page(1, false, false).page(2, false, false)
        .write(false).bytes());
    PageExtractor dated = page -> {
      Article a = FAKE.extract(page);
      return page.url().equals(WarcFixture.url(2)) ? new Article(a.schemaVersion(), a.id(), a.url(), a.source(),
          a.agencies(), a.authors(), a.dateline(), "2024-03-01T10:00", "1 مارس 2024", a.title(), a.images(),
          a.blocks(), a.related(), a.dropped(), a.language(), a.entities()) : a;
    };
    InMemoryIndex index = new InMemoryIndex();
    run(index, List.of(warc.toString()), dated);
    assertThat(index.committed.values()).extracting(Article::url, Article::published).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(WarcFixture.url(1), "2024-03-05"),
        org.assertj.core.groups.Tuple.tuple(WarcFixture.url(2), "2024-03-01T10:00"));
  }

  @Test
  void aRerunAfterACrashResumesInsideTheArchiveAtTheSameDocument() throws IOException {
    WarcFixture f = new WarcFixture().warcinfo();
    int pages = 10;
    for (int i = 1; i <= pages; i++) {
      f.request(i).page(i, i % 2 == 0, i % 3 == 0).metadata(i);
    }
    Path warc = Files.write(dir.resolve("crawl.warc.gz"), f.write(true).bytes());
    List<String> args = List.of(warc.toString());
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary full = run(index, args, FAKE);
    assertThat(full.ingested()).isEqualTo(pages);
    // A crash after the first commit: the index holds the first 4 documents and an incomplete checkpoint.
    InMemoryIndex crashed = new InMemoryIndex();
    List<Article> firstFour = index.committed.values().stream()
        .filter(a -> List.of(WarcFixture.url(1), WarcFixture.url(2), WarcFixture.url(3), WarcFixture.url(4))
            .contains(a.url())).toList();
    assertThat(firstFour).hasSize(4);
    firstFour.forEach(crashed::upsert);
    crashed.commit(Map.of(Ingester.KEY_INPUTS, index.checkpoint.get(Ingester.KEY_INPUTS),
        Ingester.KEY_POSITION, "4", Ingester.KEY_COMPLETE, "false"));
    Ingester.Summary resumed = run(crashed, args, FAKE);
    assertThat(resumed.resumed()).isEqualTo(4);
    assertThat(resumed.ingested()).isEqualTo(pages - 4);
    assertThat(resumed.alreadyPresent()).isZero();
    assertThat(resumed.skippedTotal()).isEqualTo(2L * (pages - 4) + 1); // records after the 4th page
    assertThat(crashed.committed).hasSize(pages);
  }
}
