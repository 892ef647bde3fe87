package org.rasid.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.TextDecoder;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.structure.LineFate;
import org.rasid.core.structure.Structured;
import org.rasid.core.structure.Structurer;
import org.rasid.core.structure.TextRenderer;
import org.rasid.index.ingest.InputWalker;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.index.ingest.PageExtractor;
import org.rasid.index.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid parse FILE…}: raw article text, HTML pages and WARC archives in, structured records out. Inputs are
 * recognised by content, as by {@code rasid ingest} ({@link InputWalker}): a WARC gives one record per page.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Structure raw Arabic news articles into rasid records: text files (one article each), HTML pages, and WARC"
          + " or WARC.gz archives (one record per HTML page), recognised by content, not by name.",
      "Persons, places and organizations are found by the shipped model (--no-entities to skip it).",
      "Text may be UTF-8, UTF-8/UTF-16 with a BOM, or windows-1256; '-' reads standard input.",
      "Exit status: 0 all parsed; 1 some documents failed (each reported on stderr, the rest still printed);"
          + " 2 usage error."
    })
final class ParseCommand implements Callable<Integer> {

  enum Format { json, jsonl, text }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, or '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json prints one object "
          + "for one document and an array for several.")
  Format format;

  @Option(names = "--max-bytes", defaultValue = "5MB", converter = ByteSize.class, paramLabel = "SIZE",
      description = "Largest input accepted per file (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--explain",
      description = "Also show where every input line went (json: a 'lines' field; text: a table).")
  boolean explain;

  @Option(names = "--url", paramLabel = "URL",
      description = "The article's URL (single input only; not applied to archive pages, which have theirs):"
          + " it then determines the record id.")
  String url;

  @picocli.CommandLine.Mixin EntityOptions entityOptions;

  private final Structurer structurer = new Structurer();
  private final PageExtractor pages;

  ParseCommand() {
    this(PageExtractor.html());
  }

  /** A parse command that reads web pages with {@code pages} (tests pass a fake). */
  ParseCommand(PageExtractor pages) {
    this.pages = pages;
  }

  /** One parsed document: the record, and where every input line went when it came from text (else null). */
  private record Parsed(Article article, List<LineFate> lines) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (url != null && files.size() > 1) {
      err.println("rasid parse: --url applies to a single input, but " + files.size() + " were given");
      return RasidCli.USAGE;
    }
    ArticleEntities entities = entityOptions.step("parse", err);
    List<Object> results = new ArrayList<>();
    int failed = 0;
    for (String file : files) {
      if (!file.equals("-") && Files.isDirectory(Path.of(file))) {
        failed++;
        err.println("rasid parse: " + file + ": is a directory (parse takes files)");
        continue;
      }
      Map<String, Long> skipped = new TreeMap<>();
      for (RawDocument d : new InputWalker(List.of(file), maxBytes, System.in)) {
        if (d instanceof RawDocument.Skipped s) {
          skipped.merge(s.reason(), 1L, Long::sum);
          continue;
        }
        try {
          Parsed p = withEntities(parse(d), d, entities, err);
          Object result = explain ? explained(p) : p.article();
          if (format == Format.json) {
            results.add(result);
          } else {
            print(out, d.name(), p, result);
          }
        } catch (InputRejectedException e) {
          failed++;
          err.println("rasid parse: " + withName(d.name(), e.getMessage()));
        } catch (RuntimeException e) {
          failed++;
          err.println("rasid parse: " + d.name() + ": could not be structured: " + e);
        }
        out.flush();
      }
      if (!skipped.isEmpty()) {
        err.println("rasid parse: " + file + ": skipped " + skipped.values().stream().mapToLong(Long::longValue).sum()
            + " archive records (" + String.join(", ", skipped.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()) + ")");
      }
    }
    if (format == Format.json && !results.isEmpty()) {
      out.println(Json.pretty(files.size() == 1 && results.size() == 1 ? results.getFirst() : results));
    }
    out.flush();
    err.flush();
    return failed == 0 ? RasidCli.OK : RasidCli.SOME_FAILED;
  }

  private Parsed parse(RawDocument d) {
    return switch (d) {
      case RawDocument.Bytes b -> {
        Structured s = structurer.structure(TextDecoder.decode(b.bytes(), b.name()).text(), url);
        yield new Parsed(s.article(), s.lines());
      }
      case RawDocument.Text t -> {
        Structured s = structurer.structure(t.text(), t.url() != null ? t.url() : url);
        yield new Parsed(s.article(), s.lines());
      }
      case RawDocument.Page p -> new Parsed(pages.read(p.url() == null && url != null
          ? new RawDocument.Page(p.name(), p.bytes(), url, p.fetchDate(), p.contentType()) : p), null);
      case RawDocument.Record r -> {
        try {
          yield new Parsed(Json.readArticle(r.json()), null);
        } catch (java.io.IOException e) {
          throw InputRejectedException.unreadable(r.name(), "not a valid rasid record (" + e.getMessage() + ")");
        }
      }
      case RawDocument.Unreadable u -> throw InputRejectedException.unreadable(u.name(), stripName(u.name(),
          u.reason()));
      case RawDocument.Skipped s -> throw new IllegalStateException("not a document: " + s);
    };
  }

  /**
   * The parsed record with its entities; a record read from JSON lines that has entities keeps them. When the
   * entity step fails, the failure is reported and the record printed without entities.
   */
  private static Parsed withEntities(Parsed p, RawDocument d, ArticleEntities entities, PrintWriter err) {
    if (!entities.enabled() || (d instanceof RawDocument.Record && !p.article().entities().isEmpty())) {
      return p;
    }
    try {
      return new Parsed(entities.annotate(p.article()), p.lines());
    } catch (RuntimeException e) {
      err.println("rasid parse: " + d.name() + ": entities not found, printed without them: " + e);
      return p;
    }
  }

  /** Messages of the decoder start with the document name; others get it. */
  private static String withName(String name, String message) {
    return message.startsWith(name + ": ") ? message : name + ": " + message;
  }

  private static String stripName(String name, String message) {
    return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
  }

  private void print(PrintWriter out, String name, Parsed s, Object result) {
    if (format == Format.jsonl) {
      out.println(Json.compact(result));
      return;
    }
    if (files.size() > 1 || name.contains("#")) {
      out.println("==> " + name + " <==");
    }
    out.print(TextRenderer.render(s.article()));
    if (!s.article().dropped().isEmpty()) {
      out.println();
      out.println("-- dropped --");
      s.article().dropped().forEach(d -> out.println("line " + d.line() + " [" + d.reason().code()
          + (d.duplicateOf() == null ? "" : " of block " + d.duplicateOf()) + "] " + d.text()));
    }
    if (!s.article().entities().isEmpty()) {
      out.println();
      out.println("-- entities --");
      s.article().entities().forEach(e -> out.println(e.type().toLowerCase(java.util.Locale.ROOT) + "\t"
          + e.canonical() + (e.country() == null ? "" : "\t" + e.country()) + "\t" + e.mentions().size()
          + " mention(s)\t" + e.id()));
    }
    if (explain && s.lines() != null) {
      out.println();
      out.println("-- lines --");
      for (LineFate f : s.lines()) {
        out.println(f.line() + "\t" + f.place().name().toLowerCase(java.util.Locale.ROOT)
            + (f.index() >= 0 ? "[" + f.index() + "]" : "") + "\t" + f.text());
      }
    }
  }

  /** The record and, for text, where every line went ({@code lines}: null for pages and records). */
  private static Map<String, Object> explained(Parsed s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", s.article());
    m.put("lines", s.lines());
    return m;
  }
}
