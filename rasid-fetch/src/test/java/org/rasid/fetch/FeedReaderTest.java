package org.rasid.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.io.InputRejectedException;

class FeedReaderTest {
  private static final URI FEED = URI.create("https://news.example/feed.xml");
  private final FeedReader reader = new FeedReader();

  @Test
  void readsRss2ItemsWithGuidContentDateAndAuthor() {
    String xml = Feeds.rss("أخبار العراق", List.of(
        new Feeds.Item("news-1001", "https://news.example/a/1001", "خطة لتأمين مياه الشرب في الجنوب",
            "Sun, 29 Nov 2026 07:30:00 +0300", "أحمد علي", Feeds.html(Feeds.PARAGRAPH_1, Feeds.PARAGRAPH_2)),
        new Feeds.Item(null, "/a/1002", "عنوان ثان", null, null, null)));
    FeedReader.Feed feed = reader.read(xml.getBytes(UTF_8), FEED);

    assertThat(feed.title()).isEqualTo("أخبار العراق");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().get(0);
    assertThat(first.key()).isEqualTo("news-1001");
    assertThat(first.link()).isEqualTo("https://news.example/a/1001");
    assertThat(first.title()).isEqualTo("خطة لتأمين مياه الشرب في الجنوب");
    assertThat(first.published()).isEqualTo("2026-11-29T07:30"); // as written, in the feed's +0300
    assertThat(first.authors()).containsExactly("أحمد علي");
    assertThat(first.text()).isEqualTo(Feeds.PARAGRAPH_1 + "\n" + Feeds.PARAGRAPH_2);
    FeedItem second = feed.items().get(1);
    assertThat(second.link()).isEqualTo("https://news.example/a/1002"); // resolved against the feed URL
    assertThat(second.key()).isEqualTo("https://news.example/a/1002"); // no guid: the link
    assertThat(second.text()).isNull();
  }

  @Test
  void readsAtomEntries() {
    String xml = Feeds.atom("شبكة الأخبار", List.of(new Feeds.Item("tag:news.example,2026:77",
        "https://news.example/atom/77", "افتتاح معرض الكتاب", "2026-11-28T18:05:00Z", "سارة حسن",
        Feeds.html(Feeds.PARAGRAPH_1))));
    FeedItem item = reader.read(xml.getBytes(UTF_8), FEED).items().getFirst();
    assertThat(item.key()).isEqualTo("tag:news.example,2026:77");
    assertThat(item.link()).isEqualTo("https://news.example/atom/77");
    assertThat(item.published()).isEqualTo("2026-11-28T18:05");
    assertThat(item.authors()).containsExactly("سارة حسن");
    assertThat(item.text()).isEqualTo(Feeds.PARAGRAPH_1);
  }

  @Test
  void readsRss1AndRss091() {
    String rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="https://news.example/"><title>أخبار</title><link>https://news.example/</link>
            <description>d</description></channel>
          <item rdf:about="https://news.example/r/1"><title>خبر أول</title><link>https://news.example/r/1</link>
            <description>نص الخبر الأول</description></item>
        </rdf:RDF>
        """;
    assertThat(reader.read(rdf.getBytes(UTF_8), FEED).items()).extracting(FeedItem::link)
        .containsExactly("https://news.example/r/1");
    String rss091 = """
        <?xml version="1.0"?>
        <rss version="0.91"><channel><title>أخبار</title><link>https://news.example/</link><description>d</description>
          <language>ar</language>
          <item><title>خبر قديم</title><link>https://news.example/old/9</link><description>نص</description></item>
        </channel></rss>
        """;
    assertThat(reader.read(rss091.getBytes(UTF_8), FEED).items()).extracting(FeedItem::title)
        .containsExactly("خبر قديم");
  }

  @Test
  void rejectsAnyDoctype() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>t</title><link>https://news.example/</link><description>d</description>
        <item><title>خبر</title><link>https://news.example/x</link></item></channel></rss>
        """;
    assertThatThrownBy(() -> reader.read(xml.getBytes(UTF_8), FEED))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageStartingWith(FEED + ": not a readable RSS or Atom feed")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void neverReadsAFileThroughAnExternalEntity(@TempDir Path dir) throws Exception {
    String secret = "canary-" + System.nanoTime();
    Path canary = Files.writeString(dir.resolve("secret.txt"), secret);
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
        <rss version="2.0"><channel><title>&xxe;</title><link>https://news.example/</link><description>d</description>
        <item><title>&xxe;</title><link>https://news.example/x</link><description>&xxe;</description></item>
        </channel></rss>
        """.formatted(canary.toUri());
    Throwable thrown = null;
    FeedReader.Feed feed = null;
    try {
      feed = reader.read(xml.getBytes(UTF_8), FEED);
    } catch (RuntimeException e) {
      thrown = e;
    }
    assertThat(thrown).isInstanceOf(InputRejectedException.class);
    assertThat(thrown.getMessage()).doesNotContain(secret);
    assertThat(feed).isNull();
  }

  @Test
  void rejectsBillionLaughsBeforeExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + dtd + "]>\n"
        + "<rss version=\"2.0\"><channel><title>&lol9;</title><link>https://news.example/</link>"
        + "<description>d</description></channel></rss>";
    long start = System.nanoTime();
    assertThatThrownBy(() -> reader.read(xml.getBytes(UTF_8), FEED)).isInstanceOf(InputRejectedException.class);
    // Not a timing assertion of the code under test's speed: 10^9 expansions would take minutes and gigabytes.
    assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
  }

  @Test
  void takesAtMostTheItemLimitAndCountsTheRest() {
    List<Feeds.Item> items = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      items.add(new Feeds.Item("g" + i, "https://news.example/n/" + i, "خبر " + i, null, null, null));
    }
    FeedReader.Feed feed = new FeedReader(5).read(Feeds.rss("t", items).getBytes(UTF_8), FEED);
    assertThat(feed.items()).extracting(FeedItem::key).containsExactly("g0", "g1", "g2", "g3", "g4");
    assertThat(feed.skipped()).isEqualTo(2);
  }

  @Test
  void rejectsEmptyAndNonFeedDocuments() {
    assertThatThrownBy(() -> reader.read(new byte[0], FEED)).isInstanceOf(InputRejectedException.class)
        .hasMessage(FEED + ": empty input");
    assertThatThrownBy(() -> reader.read("<html><body>لا</body></html>".getBytes(UTF_8), FEED))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("not a readable RSS or Atom feed");
  }

  @Test
  void keepsTheFeedsOwnOffsetAndFallsBackToUtcForOtherForms() {
    assertThat(RawDates.local("Sun, 29 Nov 2026 01:15:00 +0300")).isEqualTo("2026-11-29T01:15");
    assertThat(RawDates.local("Sat, 28 Nov 2026 22:15:00 GMT")).isEqualTo("2026-11-28T22:15");
    assertThat(RawDates.local("2026-11-28T18:05:30+02:00")).isEqualTo("2026-11-28T18:05");
    assertThat(RawDates.local("الأحد 29 نوفمبر")).isNull();
    // Rome reads the EST zone name, the raw reader does not: the instant in UTC is kept.
    String xml = Feeds.rss("t", List.of(new Feeds.Item("g", "https://news.example/z", "خبر",
        "Sat, 28 Nov 2026 20:00:00 EST", null, null)));
    assertThat(reader.read(xml.getBytes(UTF_8), FEED).items().getFirst().published()).isEqualTo("2026-11-29T01:00");
  }

  @Test
  void turnsItemHtmlIntoLines() {
    assertThat(FeedReader.text("<p>سطر <b>أول</b></p><p>سطر&nbsp;ثان<br>ثالث</p>"))
        .isEqualTo("سطر أول\nسطر ثان\nثالث");
  }
}
