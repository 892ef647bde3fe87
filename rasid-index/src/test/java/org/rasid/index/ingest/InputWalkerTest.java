package org.rasid.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.io.Limits;

class InputWalkerTest {

  @TempDir Path dir;

  static final String TEXT = "أعلنت وزارة الصحة اليوم تسجيل إصابات جديدة في العاصمة، وفق بيان رسمي صدر مساء الأحد.\n\n"
      + "وقال المتحدث باسم الوزارة إن الفرق الطبية تعمل على مدار الساعة لاحتواء الوضع.";

  private static List<RawDocument> walk(List<String> args, long maxBytes, byte[] stdin) {
    List<RawDocument> docs = new ArrayList<>();
    new InputWalker(args, maxBytes, new ByteArrayInputStream(stdin), org.rasid.html.ContentSniffer::sniff).forEach(docs::add);
    return docs;
  }

  private static List<RawDocument> walk(Path... paths) {
    return walk(Arrays.stream(paths).map(Path::toString).toList(), 5 << 20, new byte[0]);
  }

  @Test
  void htmlInATxtFileIsAPageAndTextInAnHtmlFileIsText() throws IOException {
    Path txt = Files.writeString(dir.resolve("story.txt"), WarcFixture.page(1));
    Path html = Files.writeString(dir.resolve("notes.html"), TEXT);
    List<RawDocument> docs = walk(txt, html);
    assertThat(docs.get(0)).isInstanceOfSatisfying(RawDocument.Page.class, p -> {
      assertThat(p.name()).isEqualTo(txt.toString());
      assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo(WarcFixture.page(1));
      assertThat(p.url()).isNull();
      assertThat(p.fetchDate()).isNull();
    });
    assertThat(docs.get(1)).isInstanceOf(RawDocument.Bytes.class);
  }

  @Test
  void aGzippedPageOrTextIsDecompressedAndSniffedAgain() throws IOException {
    Path page = Files.write(dir.resolve("page.gz"), WarcFixture.gzip(WarcFixture.page(2).getBytes(
        StandardCharsets.UTF_8)));
    Path text = Files.write(dir.resolve("text.gz"), WarcFixture.gzip(TEXT.getBytes(StandardCharsets.UTF_8)));
    List<RawDocument> docs = walk(page, text);
    assertThat(docs.get(0)).isInstanceOfSatisfying(RawDocument.Page.class,
        p -> assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo(WarcFixture.page(2)));
    assertThat(docs.get(1)).isInstanceOfSatisfying(RawDocument.Bytes.class,
        b -> assertThat(new String(b.bytes(), StandardCharsets.UTF_8)).isEqualTo(TEXT));
  }

  @Test
  void aGzipBombIsRejectedAsTooLargeWithoutExpandingAndTheWalkGoesOn() throws IOException {
    byte[] bomb = WarcFixture.gzipBomb(Limits.MAX_DECOMPRESSED_BYTES + (16 << 20)); // ~80 MB of zeros
    assertThat(bomb.length).isLessThan(200 * 1024);
    Path gz = Files.write(dir.resolve("a-bomb.txt"), bomb);
    Path next = Files.writeString(dir.resolve("b.txt"), TEXT);
    // The document limit stops it first; with a larger document limit, MAX_DECOMPRESSED_BYTES does.
    for (long maxBytes : new long[] {5 << 20, 2 * Limits.MAX_DECOMPRESSED_BYTES}) {
      List<RawDocument> docs = walk(List.of(gz.toString(), next.toString()), maxBytes, new byte[0]);
      assertThat(docs.get(0)).isInstanceOfSatisfying(RawDocument.Unreadable.class,
          u -> assertThat(u.reason()).contains("over the " + (Math.min(maxBytes, Limits.MAX_DECOMPRESSED_BYTES)
              >> 20) + " MB limit"));
      assertThat(docs.get(1)).isInstanceOf(RawDocument.Bytes.class);
    }
  }

  @Test
  void anArchiveIsRecognisedByContentWhateverItsNameAndReadInPlace() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), TEXT);
    Files.write(folder.resolve("b.bin"), new WarcFixture().warcinfo().request(1).page(1, true, true).metadata(1)
        .page(2, false, false).write(true).bytes());
    Files.write(folder.resolve("c.dat"), new WarcFixture().page(3, false, false).write(false).bytes());
    Files.writeString(folder.resolve("d.html"), WarcFixture.page(4));
    List<RawDocument> docs = walk(folder);
    assertThat(docs).extracting(d -> d.getClass().getSimpleName() + " " + dir.relativize(Path.of(d.name().split(
        "#")[0])) + (d.name().contains("#") ? "#" + d.name().split("#")[1] : "")).containsExactly(
        "Bytes in/a.txt", "Skipped in/b.bin#1", "Skipped in/b.bin#2", "Page in/b.bin#3", "Skipped in/b.bin#4",
        "Page in/b.bin#5", "Page in/c.dat#1", "Page in/d.html");
    assertThat(new InputWalker(List.of(folder.toString()), 5 << 20, null).count()).isEqualTo(-1);
  }

  @Test
  void aTruncatedArchiveGivesItsCompleteRecordsThenATypedErrorAndTheWalkGoesOn() throws IOException {
    WarcFixture.Archive a = new WarcFixture().page(1, false, false).page(2, false, false).page(3, false, false)
        .write(true);
    long cut = a.ends().get(1) + 20;
    Path warc = Files.write(dir.resolve("a.warc.gz"), Arrays.copyOf(a.bytes(), (int) cut));
    Path next = Files.writeString(dir.resolve("b.txt"), TEXT);
    List<RawDocument> docs = walk(warc, next);
    assertThat(docs).hasSize(4);
    assertThat(docs.subList(0, 2)).allMatch(d -> d instanceof RawDocument.Page);
    assertThat(docs.get(2)).isEqualTo(new RawDocument.Unreadable(warc.toString(),
        "truncated at byte " + cut + " after 2 records (inside a gzip member)"));
    assertThat(docs.get(3)).isInstanceOf(RawDocument.Bytes.class);
  }

  @Test
  void readsAnArchiveOrAPageFromStandardInput() {
    byte[] warc = new WarcFixture().request(1).page(1, false, true).write(false).bytes();
    assertThat(walk(List.of("-"), 5 << 20, warc)).extracting(RawDocument::getClass)
        .containsExactly(RawDocument.Skipped.class, RawDocument.Page.class);
    assertThat(walk(List.of("-"), 5 << 20, WarcFixture.page(1).getBytes(StandardCharsets.UTF_8)))
        .singleElement().isInstanceOf(RawDocument.Page.class);
  }
}
