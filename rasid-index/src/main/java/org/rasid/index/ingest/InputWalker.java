package org.rasid.index.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.TextDecoder;

/**
 * Turns the ingest arguments into a lazy, ordered stream of {@link RawDocument}s: files, folders (recursive, sorted,
 * hidden files skipped), JSONL files ({@code .jsonl}, {@code .ndjson}: one document a line), and {@code -} for
 * standard input (one article, or JSONL when it starts with '{' or '"').
 *
 * <p>The order is deterministic, so a checkpoint ("the first N documents are in") means the same documents on a
 * rerun with the same arguments. Memory is bounded: one file (at most {@code maxBytes}) or one JSONL line at a time.
 */
public final class InputWalker implements Iterable<RawDocument> {

  /** Longest JSONL line accepted. */
  public static final int MAX_JSONL_LINE_BYTES = 5 * 1024 * 1024;

  private final List<String> arguments;
  private final long maxBytes;
  private final InputStream stdin;

  public InputWalker(List<String> arguments, long maxBytes, InputStream stdin) {
    this.arguments = List.copyOf(arguments);
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** Counts the documents without reading them fully (files; lines of JSONL files), for progress and ETA. */
  public long count() {
    long[] n = {0};
    forEachSource(path -> n[0] += isJsonl(path) ? countLines(path) : 1, () -> n[0]++);
    return n[0];
  }

  @Override
  public Iterator<RawDocument> iterator() {
    List<Object> sources = new ArrayList<>(); // Path, or the String "-" for stdin
    forEachSource(sources::add, () -> sources.add("-"));
    return new DocumentIterator(sources.iterator());
  }

  private void forEachSource(Consumer<Path> file, Runnable stdinSource) {
    for (String arg : arguments) {
      if (arg.equals("-")) {
        stdinSource.run();
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(p -> !isHidden(path, p)).sorted().forEach(file);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
      } else {
        file.accept(path); // a missing file is reported as an unreadable document, not a crash
      }
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isJsonl(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static long countLines(Path path) {
    long lines = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      return 1; // reported when read
    }
    return Math.max(lines, 1);
  }

  /** Walks the sources one at a time; a JSONL source yields one document a line. */
  private final class DocumentIterator implements Iterator<RawDocument> {
    private final Iterator<Object> sources;
    private JsonlReader jsonl;
    private RawDocument next;

    DocumentIterator(Iterator<Object> sources) {
      this.sources = sources;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (jsonl != null) {
          next = jsonl.next();
          if (next != null) {
            break;
          }
          jsonl.close();
          jsonl = null;
        }
        if (!sources.hasNext()) {
          return false;
        }
        next = open(sources.next());
      }
      return true;
    }

    @Override
    public RawDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RawDocument d = next;
      next = null;
      return d;
    }

    /** A document for a plain file, or null after starting a JSONL reader (its lines follow). */
    private RawDocument open(Object source) {
      if (source instanceof Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
          return new RawDocument.Unreadable(name, "no such file");
        }
        try {
          if (isJsonl(path)) {
            jsonl = new JsonlReader(name, Files.newInputStream(path));
            return null;
          }
          TextDecoder.requireWithinLimit(Files.size(path), maxBytes, name);
          try (InputStream in = Files.newInputStream(path)) {
            return new RawDocument.Bytes(name, TextDecoder.readBounded(in, maxBytes, name));
          }
        } catch (InputRejectedException e) {
          return new RawDocument.Unreadable(name, e.getMessage());
        } catch (IOException e) {
          return new RawDocument.Unreadable(name, "cannot be read (" + e.getMessage() + ")");
        }
      }
      try {
        byte[] bytes = TextDecoder.readBounded(stdin, maxBytes, "<stdin>");
        int first = firstNonSpace(bytes);
        if (first == '{' || first == '"') {
          jsonl = new JsonlReader("<stdin>", new java.io.ByteArrayInputStream(bytes));
          return null;
        }
        return new RawDocument.Bytes("<stdin>", bytes);
      } catch (InputRejectedException e) {
        return new RawDocument.Unreadable("<stdin>", e.getMessage());
      } catch (IOException e) {
        return new RawDocument.Unreadable("<stdin>", "cannot be read (" + e.getMessage() + ")");
      }
    }
  }

  private static int firstNonSpace(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b;
      }
    }
    return -1;
  }

  /** Reads JSONL one line at a time; each non-blank line is one document. */
  private static final class JsonlReader {
    private final String name;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    /** The line being assembled; grows up to {@link #MAX_JSONL_LINE_BYTES}. */
    private byte[] line = new byte[1 << 14];
    private int lineNumber;

    JsonlReader(String name, InputStream in) {
      this.name = name;
      this.in = in;
    }

    RawDocument next() {
      try {
        for (String text; (text = readLine()) != null; ) {
          lineNumber++;
          if (!text.isBlank()) {
            return JsonlLines.parse(name + ":" + lineNumber, text);
          }
        }
        return null;
      } catch (IOException e) {
        return new RawDocument.Unreadable(name + ":" + (lineNumber + 1), "cannot be read (" + e.getMessage() + ")");
      } catch (LineTooLongException e) {
        lineNumber++;
        return new RawDocument.Unreadable(name + ":" + lineNumber,
            "line longer than " + MAX_JSONL_LINE_BYTES + " bytes");
      }
    }

    /**
     * A line as UTF-8 (malformed bytes become U+FFFD, which the JSON parser then rejects or keeps as text), without
     * its line break; null at the end. Bounded: an over-long line is skipped to its end and reported.
     */
    private String readLine() throws IOException {
      int length = 0;
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == end) {
          end = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            if (tooLong) {
              throw new LineTooLongException();
            }
            return any ? decode(length) : null;
          }
        }
        any = true;
        int start = pos;
        while (pos < end && buffer[pos] != '\n') {
          pos++;
        }
        int chunk = pos - start;
        if (!tooLong) {
          if (length + chunk > MAX_JSONL_LINE_BYTES) {
            tooLong = true;
          } else {
            if (length + chunk > line.length) {
              line = Arrays.copyOf(line, Math.min(MAX_JSONL_LINE_BYTES, Math.max(line.length * 2, length + chunk)));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
          }
        }
        if (pos < end) {
          pos++; // the line break
          if (tooLong) {
            throw new LineTooLongException();
          }
          return decode(length);
        }
      }
    }

    private String decode(int length) {
      int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      return new String(line, 0, n, StandardCharsets.UTF_8);
    }

    void close() {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing left to read
      }
    }
  }

  private static final class LineTooLongException extends RuntimeException {
    LineTooLongException() {
      super(null, null, false, false);
    }
  }
}
