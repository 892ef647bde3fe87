package org.rasid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void padsColumnsAndEscapesPipes() {
    String t = new Table("a", "bb").row("x|y", 1).render();
    assertThat(t).isEqualTo("""
        | a    | bb  |
        |------|-----|
        | x\\|y | 1   |
        """);
  }

  @Test
  void spellsOutInvisibleCharacters() {
    assertThat(Table.visible("\u00A0")).isEqualTo("⟨U+00A0⟩");
    assertThat(Table.visible("أ\u200Fب c")).isEqualTo("أ⟨U+200F⟩ب c");
    assertThat(Table.visible("plain")).isEqualTo("plain");
  }

  @Test
  void truncatesWithAnEllipsis() {
    assertThat(Table.truncate("abcdef", 4)).isEqualTo("abc…");
    assertThat(Table.truncate("abc", 4)).isEqualTo("abc");
  }

  @Test
  void recordedCommandsLeaveOutTheNoteAndQuoteWhatNeedsIt() {
    java.util.List<String> args = RunInfo.without(java.util.List.of("--limit", "3", "--note", "x y", "--note=z"), "--note");
    assertThat(args).containsExactly("--limit", "3");
    assertThat(RunInfo.command("./rasid bench corpus", java.util.List.of("--out", "a b.md")))
        .isEqualTo("./rasid bench corpus --out 'a b.md'");
  }
}
