package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  private Path corpus() throws Exception {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("a.txt"), "الكاظمي يصل إلى طهران\n\nوصل رئيس الوزراء العراقي مصطفى الكاظمي إلى"
        + " طهران صباح اليوم في زيارة رسمية تستمر يومين.");
    return c;
  }

  @Test
  void anOlderLayoutDemoIndexIsBuiltAgain() throws Exception {
    Path index = dir.resolve("demo-index");
    try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "old", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("rasid.schema", "2").entrySet());
      w.commit();
    }
    CliRun r = CliRun.of("demo", "--no-serve", "--no-entities", "--corpus", corpus().toString(), "--index", index.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("older layout").contains("1 new");
  }

  @Test
  void aFolderWithOtherFilesIsNeverEmptied() throws Exception {
    Path index = dir.resolve("not-only-index");
    try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.addDocument(new Document());
      w.setLiveCommitData(Map.of("rasid.schema", "2").entrySet());
      w.commit();
    }
    Files.writeString(index.resolve("notes.txt"), "mine");
    CliRun r = CliRun.of("demo", "--no-serve", "--no-entities", "--corpus", corpus().toString(), "--index", index.toString());
    assertThat(r.code()).isNotZero();
    assertThat(index.resolve("notes.txt")).exists();
  }
}
