package org.rasid.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rasid.core.json.Json;

/**
 * Streams the SaudiNewsNet corpus: {@code data/news/saudinewsnet/dataset/*.zip}, each zip one JSON array of
 * objects (source, url, date_extracted, title, author, content). One article is in memory at a time.
 */
public final class SaudiNewsNet {
  private SaudiNewsNet() {}

  /** The dataset folder under the shared folder. */
  public static Path datasetDir(Path shared) {
    return shared.resolve("data").resolve("news").resolve("saudinewsnet").resolve("dataset");
  }

  /** The zips in {@code dir}, in name (= date) order; empty when the folder is missing. */
  public static List<Path> zips(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
    }
  }

  /** Receives articles; returns false to stop. */
  @FunctionalInterface
  public interface Visitor {
    boolean accept(NewsItem item) throws IOException;
  }

  /**
   * Calls {@code visitor} for each article in corpus order, at most {@code limit} times.
   *
   * @return how many articles were visited
   */
  public static long forEach(Path dir, long limit, Visitor visitor) throws IOException {
    JsonFactory factory = Json.mapper().getFactory();
    Cursor cursor = new Cursor(limit, visitor);
    for (Path zip : zips(dir)) {
      try (ZipInputStream zin = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
        ZipEntry entry;
        while (cursor.wantsMore() && (entry = zin.getNextEntry()) != null) {
          if (entry.isDirectory() || !entry.getName().endsWith(".json")) {
            continue;
          }
          try (JsonParser p = factory.createParser(new NonClosing(zin))) {
            cursor.readArray(p, zip.getFileName() + "!" + entry.getName());
          }
        }
      }
      if (!cursor.wantsMore()) {
        break;
      }
    }
    return cursor.index;
  }

  /** Position in the corpus and whether to go on. */
  private static final class Cursor {
    final long limit;
    final Visitor visitor;
    long index;
    boolean stopped;

    Cursor(long limit, Visitor visitor) {
      this.limit = limit;
      this.visitor = visitor;
    }

    boolean wantsMore() {
      return !stopped && index < limit;
    }

    void readArray(JsonParser p, String name) throws IOException {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new JsonParseException(p, name + ": expected a JSON array of articles");
      }
      JsonToken t;
      while (wantsMore() && (t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw new JsonParseException(p, name + ": expected an article object, got " + t);
        }
        NewsItem item = readItem(p, name, index);
        index++;
        stopped = !visitor.accept(item);
      }
    }
  }

  private static NewsItem readItem(JsonParser p, String name, long index) throws IOException {
    String source = null;
    String url = null;
    String date = null;
    String title = null;
    String author = null;
    String content = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
      if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
      switch (field) {
        case "source" -> source = text;
        case "url" -> url = text;
        case "date_extracted" -> date = text;
        case "title" -> title = text;
        case "author" -> author = text;
        case "content" -> content = text;
        default -> { }
      }
    }
    return new NewsItem(index, name, source, url, date, title, author, content);
  }

  /** Keeps the parser from closing the zip stream at the end of an entry. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
