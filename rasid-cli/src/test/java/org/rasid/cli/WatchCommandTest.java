package org.rasid.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasid watch --once} against a feed on a loopback server. */
class WatchCommandTest {

  @TempDir Path dir;
  private HttpServer server;
  private String base;

  private static final String BODY = "أعلنت وزارة الموارد المائية العراقية في بغداد، اليوم الأحد، عن خطة جديدة لتأمين مياه الشرب"
      + " لمحافظات الجنوب خلال فصل الصيف المقبل، وسط تراجع مناسيب نهري دجلة والفرات.";

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
          <title>أخبار</title><link>%1$s/</link><description>d</description>
          <item><title>خطة لتأمين مياه الشرب في الجنوب</title><link>%1$s/news/1</link><guid>n-1</guid>
            <pubDate>Sun, 29 Nov 2026 07:30:00 +0300</pubDate>
            <content:encoded><![CDATA[<p>%2$s</p>]]></content:encoded></item>
          <item><title>خبر بلا نص</title><link>%1$s/news/2</link><guid>n-2</guid></item>
        </channel></rss>
        """.formatted(base, BODY);
    server.createContext("/", ex -> {
      byte[] body = ex.getRequestURI().getPath().equals("/rss.xml") ? rss.getBytes(UTF_8) : new byte[0];
      // Item pages are gone (404): the first item falls back to the feed's text, the second fails.
      ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void pollsOnceIndexesAndRemembers() {
    String index = dir.resolve("idx").toString();
    CliRun first = CliRun.of("watch", "--once", "--allow-private", "--index", index, base + "/rss.xml");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("feed " + base + "/rss.xml: 1 new (1 from the feed's text), 0 seen, 1 failed: "
        + base + "/news/2: HTTP status 404");
    assertThat(first.out()).contains("round: 1 feeds (0 failed, 0 not modified), 1 new, 0 seen, 1 failed items");
    assertThat(first.err()).contains("rasid watch: " + base + "/news/2: HTTP status 404\n")
        .contains("rasid watch: " + base + "/news/1: HTTP status 404; indexed the feed's text instead");
    assertThat(dir.resolve("idx").resolve("watch-state.json")).exists();

    CliRun second = CliRun.of("watch", "--once", "--allow-private", "--index", index, base + "/rss.xml");
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("0 new, 2 seen, 0 failed");

    CliRun search = CliRun.of("search", "--index", index, "مياه الشرب");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).contains("خطة لتأمين مياه الشرب في الجنوب");
    CliRun byPlace = CliRun.of("search", "--index", index, "place:بغداد"); // the shipped model found the place
    assertThat(byPlace.code()).as(byPlace.err()).isZero();
    assertThat(byPlace.out()).contains("خطة لتأمين مياه الشرب في الجنوب");
  }

  @Test
  void refusesLoopbackWithoutAllowPrivate() throws Exception {
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# local test feed\n\n" + base + "/rss.xml\n");
    CliRun run = CliRun.of("watch", "--once", "--index", dir.resolve("idx").toString(), "--feeds", feeds.toString());
    assertThat(run.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(run.out()).contains("feed " + base + "/rss.xml: failed: ").contains("loopback address 127.0.0.1")
        .contains("round: 1 feeds (1 failed, 0 not modified)").doesNotContain("robots");
  }

  @Test
  void rejectsBadArgumentsAsUsageErrors() {
    String index = dir.resolve("idx").toString();
    assertThat(CliRun.of("watch", "--once", "--index", index).code()).isEqualTo(RasidCli.USAGE);
    CliRun ftp = CliRun.of("watch", "--once", "--index", index, "ftp://news.example/rss");
    assertThat(ftp.code()).isEqualTo(RasidCli.USAGE);
    assertThat(ftp.err()).contains("not an http or https URL (argument): ftp://news.example/rss");
    assertThat(CliRun.of("watch", "--interval", "10s", "--index", index, base + "/rss.xml").code())
        .isEqualTo(RasidCli.USAGE);
    assertThat(CliRun.of("watch", "--interval", "soon", "--index", index, base + "/rss.xml").code())
        .isEqualTo(RasidCli.USAGE);
  }

  @Test
  void readsIntervals() {
    Interval i = new Interval();
    assertThat(i.convert("15m")).hasMinutes(15);
    assertThat(i.convert("1h30m")).hasMinutes(90);
    assertThat(i.convert("90s")).hasSeconds(90);
    assertThat(i.convert("PT2H")).hasHours(2);
  }
}
