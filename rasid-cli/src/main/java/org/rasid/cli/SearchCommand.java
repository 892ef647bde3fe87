package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasid.core.json.Json;
import org.rasid.index.ArticleIndex;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.QuerySyntaxException;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid search QUERY}: a readable table of hits, or JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index. Query syntax: words, \"phrases\", AND/OR, -word, source:X, author:X,"
        + " person:X, place:X, org:X, from:YYYY-MM-DD, to:YYYY-MM-DD (docs/search.md)."})
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOptions index;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined with spaces).")
  List<String> words = List.of();

  @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "First hit (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--sort", defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--json", description = "Print the full response as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request;
    try {
      request = new SearchRequest(String.join(" ", words), offset, limit,
          SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      err.println("rasid search: " + (e.getMessage().startsWith("No enum") ? "--sort must be relevance, newest or"
          + " oldest" : e.getMessage()));
      return RasidCli.USAGE;
    }
    try (ArticleIndex idx = index.openExisting()) {
      SearchResponse r = idx.search(request);
      if (json) {
        out.println(Json.pretty(r));
      } else {
        print(out, request, r);
      }
      return RasidCli.OK;
    } catch (QuerySyntaxException e) {
      err.println("rasid search: " + e.getMessage());
      return RasidCli.USAGE;
    }
  }

  private static void print(PrintWriter out, SearchRequest q, SearchResponse r) {
    out.printf(Locale.ROOT, "%,d articles (%.1f ms)%n%n", r.total(), r.tookMillis());
    int n = q.offset();
    for (Hit h : r.hits()) {
      n++;
      out.printf(Locale.ROOT, "%3d. %s%n     %s · %s · %s%n     %s%n%n", n, h.title(), nvl(h.published()),
          nvl(h.source()), h.id(), Snippets.toTerminal(h.snippet()));
    }
    for (var facet : r.facets().entrySet()) {
      out.print(facet.getKey() + ": ");
      List<FacetCount> values = facet.getValue();
      out.println(String.join(", ", values.stream().limit(12).map(v -> v.value() + " (" + v.count() + ")").toList()));
    }
  }

  private static String nvl(String s) {
    return s == null ? "-" : s;
  }
}
