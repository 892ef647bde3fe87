package org.rasid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
  private static final Set<String> VALUES = Set.of("--out", "--limit");
  private static final Set<String> FLAGS = Set.of("--help");

  @Test
  void parsesValuesFlagsAndPositionals() throws Exception {
    Args a = Args.parse(List.of("--out", "r.md", "--limit=30", "x", "--help", "--", "--not-an-option"), VALUES, FLAGS);
    assertThat(a.value("--out", null)).isEqualTo("r.md");
    assertThat(a.intValue("--limit", 0, 1)).isEqualTo(30);
    assertThat(a.has("--help")).isTrue();
    assertThat(a.positionals()).containsExactly("x", "--not-an-option");
    assertThat(a.value("--missing", "d")).isEqualTo("d");
  }

  @Test
  void acceptsThousandsSeparators() throws Exception {
    assertThat(Args.parse(List.of("--limit", "3_000"), VALUES, FLAGS).intValue("--limit", 0, 1)).isEqualTo(3000);
  }

  @Test
  void rejectsUnknownOptions() {
    assertThatThrownBy(() -> Args.parse(List.of("--lmit", "3"), VALUES, FLAGS))
        .isInstanceOf(UsageException.class).hasMessage("unknown option --lmit");
  }

  @Test
  void rejectsAMissingValue() {
    assertThatThrownBy(() -> Args.parse(List.of("--out"), VALUES, FLAGS))
        .isInstanceOf(UsageException.class).hasMessage("--out needs a value");
  }

  @Test
  void rejectsAValueOnAFlagAndRepeats() {
    assertThatThrownBy(() -> Args.parse(List.of("--help=yes"), VALUES, FLAGS)).hasMessage("--help takes no value");
    assertThatThrownBy(() -> Args.parse(List.of("--out", "a", "--out", "b"), VALUES, FLAGS))
        .hasMessage("--out given more than once");
  }

  @Test
  void rejectsBadNumbers() throws Exception {
    Args a = Args.parse(List.of("--limit", "many"), VALUES, FLAGS);
    assertThatThrownBy(() -> a.intValue("--limit", 0, 1)).hasMessage("--limit needs a whole number, not 'many'");
    Args b = Args.parse(List.of("--limit", "0"), VALUES, FLAGS);
    assertThatThrownBy(() -> b.intValue("--limit", 0, 1)).hasMessage("--limit must be at least 1, not 0");
  }
}
