package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.nlp.entities.CorpusEntities;

/** The index's entity registry across ingest runs: a person named in full once is one facet value after. */
class EntityRegistryCliTest {
  @TempDir Path dir;

  private static final String FULL = """
      الكاظمي يصل إلى طهران في زيارة رسمية

      بغداد - وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران صباح الأحد في زيارة رسمية تستمر يومين.

      وقال الكاظمي في مؤتمر صحفي إن بلاده تسعى إلى تهدئة التوتر في المنطقة.
      """;

  private static final String SURNAME = """
      عودة الكاظمي إلى بغداد بعد جولة إقليمية

      بغداد - عاد رئيس الوزراء الكاظمي إلى بغداد مساء الاثنين بعد جولة شملت عدة عواصم في المنطقة.

      وقال الكاظمي للصحفيين إن الزيارة كانت ناجحة.
      """;

  @Test
  void aSurnameIngestedLaterJoinsTheFullNameOfAnEarlierRun() throws IOException {
    Path index = dir.resolve("idx");
    Files.writeString(dir.resolve("full.txt"), FULL);
    Files.writeString(dir.resolve("surname.txt"), SURNAME);

    CliRun first = CliRun.of("ingest", "--quiet", "--index", index.toString(), dir.resolve("full.txt").toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(index.resolve(CorpusEntities.FILE_NAME)).content().contains("مصطفى الكاظمي");

    CliRun second = CliRun.of("ingest", "--quiet", "--index", index.toString(),
        dir.resolve("surname.txt").toString());
    assertThat(second.code()).as(second.err()).isZero();

    CliRun search = CliRun.of("search", "--index", index.toString(), "person:\"مصطفى الكاظمي\"");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).contains("الكاظمي يصل إلى طهران").contains("عودة الكاظمي إلى بغداد");
  }

  @Test
  void withoutEntitiesNoRegistryIsWritten() {
    Path index = dir.resolve("idx");
    CliRun run = CliRun.of("ingest", "--quiet", "--no-entities", "--index", index.toString(), writeFull());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(index.resolve(CorpusEntities.FILE_NAME)).doesNotExist();
  }

  @Test
  void aDamagedRegistryStopsTheIngestWithItsName() throws IOException {
    Path index = dir.resolve("idx");
    Files.createDirectories(index);
    Files.writeString(index.resolve(CorpusEntities.FILE_NAME), "not json\n");
    CliRun run = CliRun.of("ingest", "--quiet", "--index", index.toString(), writeFull());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains(CorpusEntities.FILE_NAME).contains("delete it to start a new one");
  }

  private String writeFull() {
    try {
      Path f = dir.resolve("full.txt");
      Files.writeString(f, FULL);
      return f.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
