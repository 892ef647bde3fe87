package org.rasid.bench.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Mozilla Readability through {@code bench/readability/extract.js} (Node, jsdom): page paths on its stdin, JSON
 * lines {@code {id, text, millis, error?}} on its stdout. Available when {@code node} runs and the folder's {@code
 * node_modules} is installed ({@code npm ci}).
 */
public final class ReadabilityRunner {
  /** Time allowed for the whole run of the Node script. */
  static final long TIMEOUT_MINUTES = 10;

  /** One page's result. */
  public record Result(String text, double millis, String error) {}

  private final Path dir;

  /** @param dir the folder holding extract.js, package.json and node_modules */
  public ReadabilityRunner(Path dir) {
    this.dir = dir;
  }

  /** Why Readability cannot run here, or empty when it can. */
  public Optional<String> unavailable() {
    if (!Files.isRegularFile(dir.resolve("extract.js"))) {
      return Optional.of("no " + dir.resolve("extract.js"));
    }
    if (!Files.isDirectory(dir.resolve("node_modules/@mozilla/readability"))
        || !Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
      return Optional.of("no node_modules in " + dir + " (run npm ci in bench/readability)");
    }
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Optional.of("node --version failed");
      }
    } catch (IOException e) {
      return Optional.of("no node on PATH");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    return Optional.empty();
  }

  /** The installed version of @mozilla/readability, from its package.json. */
  public String version() {
    try {
      JsonNode pkg = new ObjectMapper().readTree(dir.resolve("node_modules/@mozilla/readability/package.json")
          .toFile());
      return pkg.path("version").asText("?");
    } catch (IOException e) {
      return "?";
    }
  }

  /** Runs the script over the files; results by page id (file name without .html.gz). */
  public Map<String, Result> run(List<Path> files) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("node", dir.resolve("extract.js").toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Thread feeder = Thread.ofVirtual().start(() -> {
      try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
        for (Path f : files) {
          w.write(f.toAbsolutePath() + "\n");
        }
      } catch (IOException ignored) {
        // the reader below sees the process end
      }
    });
    Map<String, Result> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        out.put(n.path("id").asText(), new Result(n.path("text").asText(""), n.path("millis").asDouble(),
            n.hasNonNull("error") ? n.get("error").asText() : null));
      }
    }
    feeder.join();
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("readability script did not finish in " + TIMEOUT_MINUTES + " minutes");
    }
    if (p.exitValue() != 0) {
      throw new IOException("readability script exited with status " + p.exitValue());
    }
    return out;
  }
}
