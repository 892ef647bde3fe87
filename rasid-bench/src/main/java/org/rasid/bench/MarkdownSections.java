package org.rasid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated sections of a Markdown file, between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}:
 * a re-run replaces its own section and leaves the rest of the file alone.
 */
public final class MarkdownSections {
  private MarkdownSections() {}

  static String start(String name) {
    return "<!-- " + name + ":start -->";
  }

  static String end(String name) {
    return "<!-- " + name + ":end -->";
  }

  /**
   * The document with section {@code name} set to {@code body}: replaced in place when present, else appended.
   *
   * @throws IllegalArgumentException when the start marker is present without an end marker after it
   */
  public static String replace(String document, String name, String body) {
    String start = start(name);
    String end = end(name);
    String section = start + "\n" + body.strip() + "\n" + end;
    int s = document.indexOf(start);
    if (s < 0) {
      String sep = document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n";
      return document + sep + section + "\n";
    }
    int e = document.indexOf(end, s);
    if (e < 0) {
      throw new IllegalArgumentException("'" + start + "' has no '" + end + "' after it");
    }
    return document.substring(0, s) + section + document.substring(e + end.length());
  }

  /** Writes section {@code name} of {@code file}, creating the file (with {@code header} on top) when missing. */
  public static void update(Path file, String name, String body, String header) throws IOException {
    String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : header;
    String updated = replace(doc, name, body);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }

  /** The header of a new docs/benchmarks.md. */
  public static final String BENCHMARKS_HEADER = """
      # Benchmarks

      Speed, memory and corpus quality of rasid, with the commands that reproduce them. The sections between
      `<!-- …:start -->` and `<!-- …:end -->` markers are written by `./rasid bench …`; re-running a command
      replaces its section.

      """;
}
