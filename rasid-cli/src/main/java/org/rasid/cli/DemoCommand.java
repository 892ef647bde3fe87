package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.index.ArticleIndex;
import org.rasid.index.FacetCount;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.index.ingest.PageExtractor;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.nlp.entities.CorpusEntities;
import org.rasid.index.ingest.Ingester;
import org.rasid.index.ingest.InputWalker;
import org.rasid.index.lucene.LuceneArticleIndex;
import org.rasid.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid demo}: ingest the bundled demo corpus and serve it in the browser. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled demo corpus (demo/corpus) into rasid-data/demo and serve it at"
        + " http://localhost:8080/.")
final class DemoCommand implements Callable<Integer> {

  /** The corpus, relative to the project root that the ./rasid launcher exports as RASID_HOME. */
  static final String DEFAULT_CORPUS = "demo/corpus";

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of raw articles (default: the bundled one).")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "rasid-data/demo",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path indexDir;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Ingest only; do not start the server.")
  boolean noServe;

  @picocli.CommandLine.Mixin EntityOptions entityOptions;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = corpus != null ? corpus
        : Path.of(System.getenv().getOrDefault("RASID_HOME", ".")).resolve(DEFAULT_CORPUS);
    if (!Files.isDirectory(dir)) {
      err.println("rasid demo: corpus folder not found: " + dir + " (run it from the project root, or pass --corpus)");
      return RasidCli.USAGE;
    }
    try (ArticleIndex idx = openDemoIndex(out)) {
      ArticleEntities entities = entityOptions.step("demo", err, indexDir);
      InputWalker walker = new InputWalker(List.of(dir.toString()), 5L << 20, System.in);
      Ingester.Summary s = new Ingester(idx, Ingester.Options.defaults(), PageExtractor.html(), entities)
          .run(walker, dir.toAbsolutePath().toString(), (d, i, a, f) -> { });
      out.printf("rasid demo: %d articles from %s: %d new, %d already present, %d failed; index %s%n",
          s.documents(), dir, s.ingested(), s.alreadyPresent(), s.failed(), indexDir.toAbsolutePath());
      s.failures().forEach(f -> err.println("rasid demo: " + f.document() + ": " + f.reason()));
      s.entityFailures().forEach(f -> err.println("rasid demo: " + f.document() + ": " + f.reason()));
      entityOptions.save("demo", err);
      printEntities(idx, out);
      if (noServe) {
        return s.failed() == 0 ? RasidCli.OK : RasidCli.SOME_FAILED;
      }
      ServeCommand.serve(idx, ServerConfig.defaults().withPort(port), entities, out);
    }
    return RasidCli.OK;
  }

  /**
   * The demo index; one written with an older layout (an earlier demo) holds only the demo corpus, so it is emptied
   * and filled again rather than refused. Only Lucene's own files are removed, and only from a folder that has
   * nothing else.
   */
  private ArticleIndex openDemoIndex(PrintWriter out) throws IOException {
    try {
      return LuceneArticleIndex.open(indexDir);
    } catch (IOException e) {
      if (e.getMessage() == null || !e.getMessage().contains("has layout") || !onlyIndexFiles(indexDir)) {
        throw e;
      }
      out.println("rasid demo: the demo index has an older layout: building it again");
      try (var files = Files.list(indexDir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      return LuceneArticleIndex.open(indexDir);
    }
  }

  private static boolean onlyIndexFiles(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.allMatch(f -> Files.isRegularFile(f) && f.getFileName().toString()
          .matches("segments_\\w+|write\\.lock|_[0-9a-z]+(_[0-9a-z]+)*(_\\w+)?\\.\\w+|pending_segments_\\w+"
              + "|" + java.util.regex.Pattern.quote(CorpusEntities.FILE_NAME)));
    }
  }

  /** The five most named persons, places and organizations, when the corpus has any. */
  private static void printEntities(ArticleIndex idx, PrintWriter out) throws IOException {
    SearchResponse all = idx.search(SearchRequest.of(""));
    for (String facet : List.of("person", "place", "org")) {
      List<FacetCount> top = all.facets().getOrDefault(facet, List.of());
      if (!top.isEmpty()) {
        out.println("rasid demo: top " + facet + ": " + String.join("، ", top.stream().limit(5)
            .map(c -> c.value() + " (" + c.count() + ")").toList()));
      }
    }
  }
}
