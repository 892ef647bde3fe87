package org.rasid.bench.index;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.rasid.bench.corpus.SaudiNewsNet;

/**
 * The JSONL input files of the index benchmark, in the work folder, built once and reused: each file has a
 * {@code .meta} file next to it describing how it was made; a file whose meta matches (and whose size is the one
 * recorded) is reused, any other is rebuilt. Files are written under a temporary name and moved into place, so an
 * interrupted run never leaves a half file that looks complete.
 */
final class BenchData {
  /** Bumped when the base file's content changes for the same corpus. */
  static final int BASE_VERSION = 2;

  private BenchData() {}

  /** A prepared input file and its number of lines (= articles). */
  record DataFile(Path path, long lines, boolean reused) {}

  /**
   * The SaudiNewsNet articles as JSONL: {@code {"text": title + "\n\n" + content, "url": url}} a line, in corpus
   * order, every article (one with neither title nor content is a line with empty text, which ingest counts as
   * failed).
   */
  static DataFile base(Path dataset, Path work) throws IOException {
    Path file = work.resolve("saudinewsnet.jsonl");
    Map<String, String> want = new TreeMap<>();
    want.put("kind", "saudinewsnet-base");
    want.put("version", Integer.toString(BASE_VERSION));
    want.put("dataset", dataset.toAbsolutePath().normalize().toString());
    long zipBytes = 0;
    for (Path zip : SaudiNewsNet.zips(dataset)) {
      zipBytes += Files.size(zip);
    }
    want.put("datasetBytes", Long.toString(zipBytes));
    Long reused = reusable(file, want);
    if (reused != null) {
      return new DataFile(file, reused, true);
    }
    Files.createDirectories(work);
    Path tmp = work.resolve(file.getFileName() + ".tmp");
    long[] lines = {0};
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      SaudiNewsNet.forEach(dataset, Long.MAX_VALUE, item -> {
        // An article with neither title nor content (57 in SaudiNewsNet) is written too: rasid ingest reports it.
        Replicator.writeLine(w, new Replicator.Line(text(item.title(), item.content()), item.url()));
        lines[0]++;
        return true;
      });
    }
    return publish(tmp, file, want, lines[0]);
  }

  static String text(String title, String content) {
    String t = title == null ? "" : title.strip();
    String c = content == null ? "" : content.strip();
    return t.isEmpty() ? c : c.isEmpty() ? t : t + "\n\n" + c;
  }

  /** {@code n} lines made from {@code base} by the {@link Replicator} with {@code seed}. */
  static DataFile replicated(DataFile base, long n, long seed, Path work) throws IOException {
    Path file = work.resolve("saudinewsnet-" + n + "-seed" + seed + ".jsonl");
    Map<String, String> want = new TreeMap<>();
    want.put("kind", "replicated");
    want.put("version", Integer.toString(Replicator.VERSION));
    want.put("seed", Long.toString(seed));
    want.put("lines", Long.toString(n));
    want.put("base", base.path().toAbsolutePath().normalize().toString());
    want.put("baseBytes", Long.toString(Files.size(base.path())));
    Long reused = reusable(file, want);
    if (reused != null) {
      return new DataFile(file, reused, true);
    }
    Path tmp = work.resolve(file.getFileName() + ".tmp");
    long lines = Replicator.replicate(base.path(), n, seed, tmp);
    return publish(tmp, file, want, lines);
  }

  /** The number of lines of {@code file} when its meta matches {@code want} and its size is as recorded. */
  private static Long reusable(Path file, Map<String, String> want) throws IOException {
    Path meta = meta(file);
    if (!Files.isRegularFile(file) || !Files.isRegularFile(meta)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (Map.Entry<String, String> e : want.entrySet()) {
      if (!Objects.equals(p.getProperty(e.getKey()), e.getValue())) {
        return null;
      }
    }
    if (!Long.toString(Files.size(file)).equals(p.getProperty("bytes"))) {
      return null;
    }
    try {
      return Long.parseLong(p.getProperty("written", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static DataFile publish(Path tmp, Path file, Map<String, String> want, long lines) throws IOException {
    Files.deleteIfExists(meta(file));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Properties p = new Properties();
    want.forEach(p::setProperty);
    p.setProperty("written", Long.toString(lines));
    p.setProperty("bytes", Long.toString(Files.size(file)));
    try (Writer w = Files.newBufferedWriter(meta(file), StandardCharsets.UTF_8)) {
      p.store(w, "how " + file.getFileName() + " was made; it is rebuilt when this does not match");
    }
    return new DataFile(file, lines, false);
  }

  private static Path meta(Path file) {
    return file.resolveSibling(file.getFileName() + ".meta");
  }
}
