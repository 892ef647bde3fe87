package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.structure.TextRenderer;
import org.rasid.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid show ID}: one stored record. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one article from the index.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOptions index;

  @Parameters(paramLabel = "ID", description = "Article id (as printed by search).")
  String id;

  @Option(names = {"-f", "--format"}, defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("json") && !format.equals("text")) {
      spec.commandLine().getErr().println("rasid show: --format must be json or text");
      return RasidCli.USAGE;
    }
    try (ArticleIndex idx = index.openExisting()) {
      Article a = idx.get(id).orElseThrow(() -> new CliException("no article with id " + id + " in " + index.dir));
      out.print(format.equals("json") ? Json.pretty(a) + "\n" : TextRenderer.render(a));
      return RasidCli.OK;
    }
  }
}
