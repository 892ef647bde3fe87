package org.rasid.bench.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One tool's run over the benchmark pages.
 *
 * @param name tool name
 * @param version tool version
 * @param status {@code "ok"}, or why the tool did not run ({@code "skipped: …"}, {@code "failed: …"}); metrics are
 *     null unless ok
 * @param metrics the benchmark's precision, recall and F1
 * @param pagesPerSecond pages per second of the tool's own time on one thread (parse + extraction, no I/O)
 * @param pages per-page counts by page id
 * @param failures pages the tool failed on ({@code "id: message"}), scored as empty predictions
 */
public record ToolRun(String name, String version, String status, ShingleScore.Metrics metrics,
    double pagesPerSecond, Map<String, ShingleScore.Counts> pages, List<String> failures) {

  public ToolRun {
    Objects.requireNonNull(name, "name");
    pages = Map.copyOf(pages);
    failures = List.copyOf(failures);
  }

  public boolean ok() {
    return status.equals("ok");
  }

  /** A tool that did not run, and why. */
  public static ToolRun notRun(String name, String version, String status) {
    return new ToolRun(name, version, status, null, 0, Map.of(), List.of());
  }
}
