package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.index.ArticleIndex;
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
    try (ArticleIndex idx = LuceneArticleIndex.open(indexDir)) {
      InputWalker walker = new InputWalker(List.of(dir.toString()), 5L << 20, System.in);
      Ingester.Summary s = new Ingester(idx, Ingester.Options.defaults())
          .run(walker, dir.toAbsolutePath().toString(), (d, i, a, f) -> { });
      out.printf("rasid demo: %d articles from %s: %d new, %d already present, %d failed; index %s%n",
          s.documents(), dir, s.ingested(), s.alreadyPresent(), s.failed(), indexDir.toAbsolutePath());
      s.failures().forEach(f -> err.println("rasid demo: " + f.document() + ": " + f.reason()));
      if (noServe) {
        return s.failed() == 0 ? RasidCli.OK : RasidCli.SOME_FAILED;
      }
      ServeCommand.serve(idx, ServerConfig.defaults().withPort(port), out);
    }
    return RasidCli.OK;
  }
}
