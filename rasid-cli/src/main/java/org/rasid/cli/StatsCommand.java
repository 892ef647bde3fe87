package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasid.core.json.Json;
import org.rasid.index.ArticleIndex;
import org.rasid.index.FacetCount;
import org.rasid.index.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the index holds.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOptions index;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex idx = index.openExisting()) {
      IndexStats s = idx.stats();
      if (json) {
        out.println(Json.pretty(s));
        return RasidCli.OK;
      }
      out.printf(Locale.ROOT, "index     %s%narticles  %,d%ndates     %s … %s%nsize      %s%n", s.path(), s.articles(),
          s.firstPublished(), s.lastPublished(), ByteSize.format(s.sizeBytes()));
      out.println("sources:");
      for (FacetCount c : s.sources()) {
        out.printf(Locale.ROOT, "  %-24s %,8d%n", c.value(), c.count());
      }
      return RasidCli.OK;
    }
  }
}
