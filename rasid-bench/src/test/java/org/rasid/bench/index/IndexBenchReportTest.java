package org.rasid.bench.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.bench.index.IndexBenchCommand.DataSet;
import org.rasid.bench.index.IndexBenchCommand.Run;
import org.rasid.bench.index.IndexBenchReport.Target;
import org.rasid.bench.index.IndexBenchReport.Verdict;

class IndexBenchReportTest {
  private static final DataSet SMALL = new DataSet("SaudiNewsNet 31,030", 31_030,
      new BenchData.DataFile(Path.of("a.jsonl"), 31_030, true));
  private static final DataSet BIG = new DataSet("×32, 1,000,000", 1_000_000,
      new BenchData.DataFile(Path.of("b.jsonl"), 1_000_000, true));

  private static ChildResults.Ingest ingest(double articlesPerSecond) {
    return new ChildResults.Ingest("rasid", "x", 100, 100, 0, 0, 1, articlesPerSecond, 300L << 20, 200L << 20,
        512L << 20, 1L << 30, 10, 2, 2, 1, 0, "G1", "0 0 0", "0 0 0", List.of());
  }

  private static ChildResults.Queries queries(double p99) {
    Latencies l = new Latencies(260, 1, 2, p99, p99 + 1, 1, 100);
    return new ChildResults.Queries("rasid", 100, 10, 0, 200, 2, 3, l, l, Map.of("two-term", l), 0, 5, List.of(),
        List.of(), 1, 1, "G1", "0 0 0", "0 0 0", 0, 1);
  }

  private static Verdict verdict(List<Target> targets, String prefix) {
    return targets.stream().filter(t -> t.name().startsWith(prefix)).findFirst().orElseThrow().verdict();
  }

  @Test
  void targetsPassAndFailOnTheRasidRunsOnly() {
    List<Run> runs = List.of(
        new Run(SMALL, Chain.RASID, ingest(6_000), queries(3), null, null, null),
        new Run(SMALL, Chain.ARABIC, ingest(100), queries(300), null, null, null), // baseline: no target
        new Run(BIG, Chain.RASID, ingest(4_000), queries(25), null, null, null));
    List<Target> t = IndexBenchReport.targets(runs, "512m");
    assertThat(t).hasSize(5);
    assertThat(verdict(t, "ingest throughput, SaudiNewsNet")).isEqualTo(Verdict.PASS);
    assertThat(verdict(t, "ingest throughput, ×32")).isEqualTo(Verdict.FAIL);
    assertThat(verdict(t, "p99")).isEqualTo(Verdict.FAIL);
    assertThat(t.stream().filter(x -> x.name().startsWith("heap"))).allMatch(x -> x.verdict() == Verdict.PASS);
  }

  private static ChildResults.Ingest ingest(String chain, double articlesPerSecond) {
    return new ChildResults.Ingest(chain, "x", 100, 100, 0, 0, 1, articlesPerSecond, 300L << 20, 200L << 20,
        512L << 20, 1L << 30, 10, 2, 2, 1, 0, "G1", "0 0 0", "0 0 0", List.of());
  }

  private static IndexBenchReport report(List<Run> runs) throws Exception {
    return new IndexBenchReport(runs, IndexBenchCommand.parse(List.of()), "./rasid bench index", "today", "jdk",
        "machine", "0 0 0", "0 0 0", SMALL.file(), Path.of("/shared"), List.of("-Xmx512m"));
  }

  @Test
  void theCeilingIsShownWithoutQueriesAndIgnoredByTheTargets() throws Exception {
    DataSet capped = new DataSet(IndexBenchCommand.cappedLabel(BIG.label(), 31_030), 31_030, SMALL.file());
    List<Run> runs = List.of(
        new Run(SMALL, Chain.RASID, ingest(6_000), queries(3), null, null, null),
        new Run(SMALL, Chain.CEILING, ingest("ceiling", 8_000), null, null, null, null),
        new Run(BIG, Chain.RASID, ingest(4_000), queries(3), null, null, null),
        // a ceiling far below the target, and one that failed: neither counts
        new Run(capped, Chain.CEILING, ingest("ceiling", 100), null, null, null, null),
        new Run(SMALL, Chain.CEILING, null, null, "ingest failed (exit status 1)", null, null));
    IndexBenchReport report = report(runs);
    assertThat(report.targets()).hasSize(5); // 2 × throughput, p99 on BIG, 2 × heap: none for the ceiling
    assertThat(report.targets()).filteredOn(t -> t.name().startsWith("ingest throughput, SaudiNewsNet"))
        .singleElement().satisfies(t -> assertThat(t.actual())
            .contains("bare Lucene ceiling on this set: 8,000 articles/s (rasid reaches 75% of it; 100 per CPU-second)"));
    assertThat(report.targets()).filteredOn(t -> t.name().startsWith("ingest throughput, ×32")).singleElement()
        .satisfies(t -> assertThat(t.actual()).contains(
            "bare Lucene ceiling on the first 31,030 articles of this set: 100 articles/s (rasid reaches 4000% of it;"));

    // BIG misses the throughput target: FAIL for that alone
    assertThat(report.allTargetsMet()).isFalse();
    List<Run> passing = List.of(runs.get(0), runs.get(1), runs.get(4));
    assertThat(report(passing).allTargetsMet()).as("the ceiling failed and ran at 8,000/s: no matter").isTrue();

    String md = report(runs).markdown();
    assertThat(md).contains("- Lucene ceiling: how fast bare Lucene indexes the same JSONL")
        .contains("no record JSON, no id field or id lookup").contains("holds no records to search");
    List<String> rows = md.lines().filter(l -> l.startsWith("| ") && l.contains(Chain.CEILING.label)).toList();
    assertThat(rows).hasSize(5); // the main table first, then the ingest details of the two that ran
    for (String row : rows.subList(0, 2)) { // the two that ran: ingest figures, no query figures
      List<String> cells = List.of(row.split("\\|")).stream().map(String::strip).toList();
      assertThat(cells.subList(cells.size() - 3, cells.size())).containsOnly("—");
      assertThat(cells.get(5)).isNotEqualTo("—"); // articles/s
    }
    assertThat(rows.get(0)).contains("8,000");
    assertThat(rows.get(2)).contains("ingest failed (exit status 1)");
  }

  @Test
  void p99IsNotMeasuredWithoutAMillionArticlesAndAnOutOfMemoryErrorFails() {
    List<Run> runs = List.of(new Run(SMALL, Chain.RASID, null, null,
        "ingest ran out of heap (OutOfMemoryError with -Xmx512m)", null, null));
    List<Target> t = IndexBenchReport.targets(runs, "512m");
    assertThat(verdict(t, "p99")).isEqualTo(Verdict.NOT_MEASURED);
    assertThat(verdict(t, "heap")).isEqualTo(Verdict.FAIL);
    assertThat(verdict(t, "ingest throughput")).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aLargerHeapIsJudgedByThePeakSeen() {
    List<Run> runs = List.of(new Run(SMALL, Chain.RASID, ingest(6_000), queries(3), null, null, null));
    assertThat(verdict(IndexBenchReport.targets(runs, "2g"), "heap")).isEqualTo(Verdict.PASS); // 300 MB peak
    assertThat(IndexBenchReport.bytes("512m")).isEqualTo(512L << 20);
    assertThat(IndexBenchReport.bytes("2g")).isEqualTo(2L << 30);
  }
}
