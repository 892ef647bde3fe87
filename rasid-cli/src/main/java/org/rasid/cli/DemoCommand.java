package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.TextDecoder;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.structure.Structurer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid demo}: structures the bundled corpus of raw articles and prints what came out of each. (The
 * search index and web UI will be added here by the search work; today the demo shows the structurer.)
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Structure the bundled demo corpus and show a summary of every article.")
final class DemoCommand implements Callable<Integer> {

  /** The corpus, relative to the project root that the ./rasid launcher exports as RASID_HOME. */
  static final String DEFAULT_CORPUS = "demo/corpus";

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of raw .txt articles (default: the bundled one).")
  Path corpus;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/demo.jsonl",
      description = "Where to write the records as JSONL (default: ${DEFAULT-VALUE}).")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = corpus != null ? corpus : Path.of(System.getenv().getOrDefault("RASID_HOME", ".")).resolve(DEFAULT_CORPUS);
    if (!Files.isDirectory(dir)) {
      err.println("rasid demo: corpus folder not found: " + dir + " (run it from the project root, or pass --corpus)");
      return RasidCli.USAGE;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Structurer structurer = new Structurer();
    if (outFile.getParent() != null) {
      Files.createDirectories(outFile.getParent());
    }
    int failed = 0;
    int blocks = 0;
    int dropped = 0;
    out.printf("%-38s %-16s %-14s %6s %7s  %s%n", "file", "published", "source", "blocks", "dropped", "title / lead");
    try (PrintWriter jsonl = new PrintWriter(Files.newBufferedWriter(outFile))) {
      for (Path f : files) {
        try {
          String name = f.getFileName().toString();
          String text = TextDecoder.decode(Files.readAllBytes(f), name).text();
          Article a = structurer.structure(text).article();
          jsonl.println(Json.compact(a));
          blocks += a.blocks().size();
          dropped += a.dropped().size();
          String head = a.title() != null ? a.title() : a.paragraphs().stream().findFirst().orElse("");
          out.printf("%-38s %-16s %-14s %6d %7d  %s%n", clip(name, 38), clip(a.published(), 16), clip(a.source(), 14),
              a.blocks().size(), a.dropped().size(), clip(head, 60));
        } catch (InputRejectedException e) {
          failed++;
          err.println("rasid demo: " + e.getMessage());
        }
      }
    }
    out.printf("%n%d articles structured, %d blocks kept, %d lines dropped, %d failed. Records: %s%n",
        files.size() - failed, blocks, dropped, failed, outFile.toAbsolutePath());
    return failed == 0 ? RasidCli.OK : RasidCli.SOME_FAILED;
  }

  private static String clip(String s, int n) {
    if (s == null) {
      return "-";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
