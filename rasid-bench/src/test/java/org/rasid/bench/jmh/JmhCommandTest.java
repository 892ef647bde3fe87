package org.rasid.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

class JmhCommandTest {

  @Test
  void splitsOurOptionsFromJmhs() throws Exception {
    JmhCommand.Split s = JmhCommand.split(List.of("-wi", "1", "--md", "docs/b.md", "-i", "2", "--shared", "/s"));
    assertThat(s.md()).isEqualTo("docs/b.md");
    assertThat(s.shared()).isEqualTo("/s");
    assertThat(s.jmhArgs()).containsExactly("-wi", "1", "-i", "2");
  }

  @Test
  void defaultsApplyOnlyWhereJmhArgumentsAreSilent() throws Exception {
    Options defaults = JmhCommand.options(new CommandLineOptions(), Path.of("/shared"));
    assertThat(defaults.getForkCount().get()).isEqualTo(1);
    assertThat(defaults.getWarmupIterations().get()).isEqualTo(3);
    assertThat(defaults.getWarmupTime().get()).isEqualTo(TimeValue.seconds(2));
    assertThat(defaults.getMeasurementIterations().get()).isEqualTo(5);
    assertThat(defaults.getMeasurementTime().get()).isEqualTo(TimeValue.seconds(2));
    assertThat(defaults.getIncludes()).singleElement().asString().contains("StructurerBenchmark");
    assertThat(defaults.getJvmArgsAppend().get()).contains("-Drasid.bench.shared=/shared");

    Options given = JmhCommand.options(new CommandLineOptions("-wi", "1", "-i", "2", "-w", "1s", "-r", "1s", "-f", "2",
        "-jvmArgsAppend", "-Xmx512m"), Path.of("/shared"));
    assertThat(given.getWarmupIterations().get()).isEqualTo(1);
    assertThat(given.getMeasurementIterations().get()).isEqualTo(2);
    assertThat(given.getWarmupTime().get()).isEqualTo(TimeValue.seconds(1));
    assertThat(given.getForkCount().get()).isEqualTo(2);
    assertThat(given.getJvmArgsAppend().get()).contains("-Xmx512m", "-Drasid.bench.shared=/shared");
  }

  @Test
  void targetsAreTenThousandPerCoreAndWithinTenTimesTheBaseline() {
    JmhCommand.Score base = new JmhCommand.Score("baselineDecodeAndSplit", 200_000, 1000, 1);
    JmhCommand.Outcome fast = new JmhCommand.Outcome(base, new JmhCommand.Score("structure", 25_000, 100, 1));
    assertThat(fast.speedPasses()).isTrue();
    assertThat(fast.ratioPasses()).isTrue();
    JmhCommand.Outcome slowRatio = new JmhCommand.Outcome(base, new JmhCommand.Score("structure", 15_000, 100, 1));
    assertThat(slowRatio.speedPasses()).isTrue();
    assertThat(slowRatio.ratioPasses()).isFalse();
    assertThat(slowRatio.passes()).isFalse();
    assertThat(slowRatio.targets().render()).contains("FAIL").contains("13.3× slower");
    String section = JmhCommand.section(fast, "./rasid bench jmh", "generated", "forks 1", "provisional");
    assertThat(section).contains("## Structurer throughput (JMH)").contains("provisional").contains("25,000")
        .contains("jmh: PASS");
  }

  @Test
  void theGeneratedSetIsDeterministicAndSized() {
    BenchData a = BenchData.generated(50);
    BenchData b = BenchData.generated(50);
    assertThat(a.articles()).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(a.articles().get(i)).isEqualTo(b.articles().get(i));
    }
    assertThat(a.description()).contains("generated");
  }

  @Test
  void loadFallsBackToTheGeneratedSetWithoutSharedData(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    BenchData d = BenchData.load(dir, 20);
    assertThat(d.articles()).hasSize(20);
    assertThat(d.description()).contains("generated").contains("no SaudiNewsNet zips");
  }

  @Test
  void theBaselineSplitsOnEveryLineBreak() {
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    assertThat(StructurerBenchmark.splitLines("a\nb\r\nc\rd", bh)).isEqualTo(4);
    assertThat(StructurerBenchmark.splitLines("", bh)).isEqualTo(1);
    assertThat(StructurerBenchmark.splitLines("a\n", bh)).isEqualTo(2);
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }
}
