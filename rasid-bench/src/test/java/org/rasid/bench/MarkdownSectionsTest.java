package org.rasid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSectionsTest {

  @Test
  void appendsAMissingSection() {
    String doc = MarkdownSections.replace("# Title\n\nText.\n", "s", "body");
    assertThat(doc).isEqualTo("# Title\n\nText.\n\n<!-- s:start -->\nbody\n<!-- s:end -->\n");
  }

  @Test
  void replacesOnlyItsOwnSection() {
    String doc = "a\n<!-- s:start -->\nold\n<!-- s:end -->\nb\n<!-- t:start -->\nother\n<!-- t:end -->\n";
    String updated = MarkdownSections.replace(doc, "s", "new");
    assertThat(updated).isEqualTo("a\n<!-- s:start -->\nnew\n<!-- s:end -->\nb\n<!-- t:start -->\nother\n<!-- t:end -->\n");
    assertThat(MarkdownSections.replace(updated, "s", "new")).isEqualTo(updated);
  }

  @Test
  void refusesAStartWithoutEnd() {
    assertThatThrownBy(() -> MarkdownSections.replace("<!-- s:start -->\nx\n", "s", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createsTheFileWithItsHeader(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("docs/benchmarks.md");
    MarkdownSections.update(file, "corpus-run", "## Corpus\n", MarkdownSections.BENCHMARKS_HEADER);
    MarkdownSections.update(file, "structurer-jmh", "## JMH\n", MarkdownSections.BENCHMARKS_HEADER);
    MarkdownSections.update(file, "corpus-run", "## Corpus again\n", MarkdownSections.BENCHMARKS_HEADER);
    String text = Files.readString(file);
    assertThat(text).startsWith("# Benchmarks").contains("## Corpus again").doesNotContain("## Corpus\n")
        .contains("## JMH");
    assertThat(text.indexOf("corpus-run:start")).isLessThan(text.indexOf("structurer-jmh:start"));
  }
}
