package org.rasid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.core.io.Decoded;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.TextDecoder;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.structure.LineFate;
import org.rasid.core.structure.Structured;
import org.rasid.core.structure.Structurer;
import org.rasid.core.structure.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid parse FILE…}: raw article text in, structured records out. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Structure raw Arabic news articles (one article per file) into rasid records.",
      "Input may be UTF-8, UTF-8/UTF-16 with a BOM, or windows-1256; '-' reads standard input.",
      "Exit status: 0 all parsed; 1 some files failed (each reported on stderr, the rest still printed);"
          + " 2 usage error."
    })
final class ParseCommand implements Callable<Integer> {

  enum Format { json, jsonl, text }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, or '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json prints one object "
          + "for one file and an array for several.")
  Format format;

  @Option(names = "--max-bytes", defaultValue = "5MB", converter = ByteSize.class, paramLabel = "SIZE",
      description = "Largest input accepted per file (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--explain",
      description = "Also show where every input line went (json: a 'lines' field; text: a table).")
  boolean explain;

  @Option(names = "--url", paramLabel = "URL",
      description = "The article's URL (single input only): it then determines the record id.")
  String url;

  private final Structurer structurer = new Structurer();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (url != null && files.size() > 1) {
      err.println("rasid parse: --url applies to a single input, but " + files.size() + " were given");
      return RasidCli.USAGE;
    }
    List<Object> results = new ArrayList<>();
    int failed = 0;
    for (String file : files) {
      try {
        Structured s = structurer.structure(read(file).text(), url);
        Object result = explain ? explained(s) : s.article();
        if (format == Format.json) {
          results.add(result);
        } else {
          print(out, file, s, result);
        }
      } catch (InputRejectedException e) {
        failed++;
        err.println("rasid parse: " + e.getMessage());
      } catch (RuntimeException e) {
        failed++;
        err.println("rasid parse: " + file + ": could not be structured: " + e);
      }
      out.flush();
    }
    if (format == Format.json && !results.isEmpty()) {
      out.println(Json.pretty(files.size() == 1 ? results.getFirst() : results));
    }
    out.flush();
    return failed == 0 ? RasidCli.OK : RasidCli.SOME_FAILED;
  }

  private void print(PrintWriter out, String file, Structured s, Object result) {
    if (format == Format.jsonl) {
      out.println(Json.compact(result));
      return;
    }
    if (files.size() > 1) {
      out.println("==> " + file + " <==");
    }
    out.print(TextRenderer.render(s.article()));
    if (!s.article().dropped().isEmpty()) {
      out.println();
      out.println("-- dropped --");
      s.article().dropped().forEach(d -> out.println("line " + d.line() + " [" + d.reason().code()
          + (d.duplicateOf() == null ? "" : " of block " + d.duplicateOf()) + "] " + d.text()));
    }
    if (explain) {
      out.println();
      out.println("-- lines --");
      for (LineFate f : s.lines()) {
        out.println(f.line() + "\t" + f.place().name().toLowerCase(java.util.Locale.ROOT)
            + (f.index() >= 0 ? "[" + f.index() + "]" : "") + "\t" + f.text());
      }
    }
  }

  private static Map<String, Object> explained(Structured s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", s.article());
    m.put("lines", s.lines());
    return m;
  }

  private Decoded read(String file) {
    String name = file.equals("-") ? "<stdin>" : file;
    try {
      if (file.equals("-")) {
        return TextDecoder.decode(TextDecoder.readBounded(System.in, maxBytes, name), name);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw InputRejectedException.unreadable(name, "is a directory (parse takes files)");
      }
      if (!Files.exists(path)) {
        throw InputRejectedException.unreadable(name, "no such file");
      }
      TextDecoder.requireWithinLimit(Files.size(path), maxBytes, name);
      try (InputStream in = Files.newInputStream(path)) {
        return TextDecoder.decode(TextDecoder.readBounded(in, maxBytes, name), name);
      }
    } catch (IOException e) {
      throw InputRejectedException.unreadable(name, e);
    }
  }
}
