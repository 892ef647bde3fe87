package org.rasid.bench.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.UsageException;
import org.rasid.core.json.Json;
import org.rasid.core.structure.Structurer;

/** {@code rasid bench seed-gate FILE.json}: checks the seed article's record field by field. */
public final class SeedGateCommand implements Command {

  @Override
  public String summary() {
    return "check the record rasid makes of the seed article (../shared/seed/ultrasawt-2021-09-12.txt)";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench seed-gate FILE.json
               rasid bench seed-gate --text SEED.txt

        Checks the record of the seed article field by field and prints check | expected | actual | result.
          FILE.json        what 'rasid parse ../shared/seed/ultrasawt-2021-09-12.txt --format json' printed
                           (one Article object; the {"article": …} shape of --explain is accepted too)
          --text SEED.txt  structure the seed text in this process (rasid-core's Structurer) and check that
                           instead: no CLI needed

        Exit status: 0 all checks pass, 1 a check failed or the JSON is not an article, 2 bad usage or no such file.
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("--text"), Set.of("--help", "-h"));
    if (args.has("--help") || args.has("-h")) {
      out.print(usage());
      return OK;
    }
    String textFile = args.value("--text", null);
    List<String> files = args.positionals();
    if (textFile != null && !files.isEmpty()) {
      throw new UsageException("give FILE.json or --text SEED.txt, not both");
    }
    if (textFile == null && files.size() != 1) {
      throw new UsageException(files.isEmpty() ? "missing FILE.json" : "expected one FILE.json, got " + files.size());
    }
    Path path = Path.of(textFile != null ? textFile : files.getFirst());
    if (!Files.isRegularFile(path)) {
      throw new UsageException("no such file: " + path);
    }
    JsonNode article;
    if (textFile != null) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      article = Json.mapper().valueToTree(new Structurer().structure(text).article());
      out.println("seed-gate: structured " + path + " in process");
    } else {
      try {
        article = readArticle(Files.readString(path, StandardCharsets.UTF_8));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        err.println("rasid bench seed-gate: " + path + " is not one article record: " + e.getMessage());
        return FAILED;
      }
    }
    List<SeedGate.Check> checks = SeedGate.check(article);
    out.print(SeedGate.render(checks));
    return checks.stream().allMatch(SeedGate.Check::pass) ? OK : FAILED;
  }

  /** The article object in {@code json}: a record, or {@code {"article": record, "lines": …}}. */
  static JsonNode readArticle(String json) throws JsonProcessingException {
    JsonNode node = Json.mapper().readTree(json);
    if (node != null && node.isObject() && node.has("article") && node.get("article").isObject()) {
      node = node.get("article");
    }
    if (node == null || !node.isObject() || !node.has("blocks")) {
      throw new IllegalArgumentException("expected one JSON object with a 'blocks' field"
          + (node != null && node.isArray() ? ", got an array (parse one file at a time)" : ""));
    }
    return node;
  }
}
