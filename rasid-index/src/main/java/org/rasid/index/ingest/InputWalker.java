package org.rasid.index.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
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
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.io.TextDecoder;
import org.rasid.html.ContentKind;
import org.rasid.html.ContentSniffer;

/**
 * Turns the ingest arguments into a lazy, ordered stream of {@link RawDocument}s: files, folders (recursive, sorted,
 * hidden files skipped), and {@code -} for standard input.
 *
 * <p>What a file is comes from its content, not its name (see docs/ingest.md, "Inputs"): its first bytes are
 * sniffed ({@link ContentSniffer}, through the {@code sniffer} seam):
 *
 * <ul>
 *   <li>WARC: the archive's pages, one document each ({@link WarcDocuments}); other records are {@link
 *       RawDocument.Skipped}; damage ends the archive with one failure, and the walk goes on.
 *   <li>GZIP: the first decompressed bytes are sniffed again: a {@code .warc.gz} is read as an archive, record by
 *       record; anything else is one document, decompressed up to {@code maxBytes} (and never more than {@link
 *       Limits#MAX_DECOMPRESSED_BYTES}), so a gzip bomb is rejected as too large after reading only that much.
 *   <li>HTML: one {@link RawDocument.Page} (a {@code .txt} file holding HTML is a page).
 *   <li>JSONL: standard input only (one document a line); a file is JSONL by its name ({@code .jsonl}, {@code
 *       .ndjson}), as before, and otherwise text.
 *   <li>TEXT (and FEED, until feeds are read): one {@link RawDocument.Bytes} (an {@code .html} file holding plain
 *       text is text).
 * </ul>
 *
 * <p>The order is deterministic, so a checkpoint ("the first N documents are in") means the same documents on a
 * rerun with the same arguments; {@link RawDocument.Skipped} items take no position. Memory is bounded: one document
 * (at most {@code maxBytes}), one JSONL line or one archive payload at a time.
 */
public final class InputWalker implements Iterable<RawDocument> {

  /** Longest JSONL line accepted. */
  public static final int MAX_JSONL_LINE_BYTES = 5 * 1024 * 1024;
  /** Bytes of a document's start handed to the sniffer. */
  static final int HEAD_BYTES = 4096;
  /** Most compressed bytes read ahead to sniff the start of a gzip stream (then rewound). */
  private static final int GZIP_PEEK_BYTES = 1 << 20;
  private static final int BUFFER_BYTES = 1 << 16;

  private final List<String> arguments;
  private final long maxBytes;
  private final InputStream stdin;
  private final Function<byte[], ContentKind> sniffer;

  public InputWalker(List<String> arguments, long maxBytes, InputStream stdin) {
    this(arguments, maxBytes, stdin, ContentSniffer::sniff);
  }

  /**
   * A walker with its own sniffer.
   *
   * @param sniffer the kind of a document from its first {@value #HEAD_BYTES} bytes (default {@link
   *     ContentSniffer#sniff})
   */
  public InputWalker(List<String> arguments, long maxBytes, InputStream stdin, Function<byte[], ContentKind> sniffer) {
    this.arguments = List.copyOf(arguments);
    this.maxBytes = maxBytes;
    this.stdin = stdin;
    this.sniffer = Objects.requireNonNull(sniffer, "sniffer");
  }

  /**
   * Counts the documents without reading them fully (files; lines of JSONL files), for progress and ETA; -1 when
   * unknown because an input is an archive or compressed (its documents are known only by reading it).
   */
  public long count() {
    long[] n = {0};
    boolean[] unknown = {false};
    forEachSource(path -> {
      if (isJsonl(path)) {
        n[0] += countLines(path);
      } else if (isCompressedOrArchive(path)) {
        unknown[0] = true;
      } else {
        n[0]++;
      }
    }, () -> n[0]++);
    return unknown[0] ? -1 : n[0];
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

  /** Gzip or WARC magic bytes (exact, so no sniffer is needed to count). */
  private static boolean isCompressedOrArchive(Path path) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(5);
    } catch (IOException e) {
      return false; // reported when read
    }
    ContentKind kind = ContentSniffer.sniff(head);
    return kind == ContentKind.GZIP || kind == ContentKind.WARC;
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

  /** Documents that come from one source over several calls: the lines of a JSONL file, the pages of an archive. */
  private interface Source {
    /** The next document, or null at the end. */
    RawDocument next();

    void close();
  }

  /** Walks the sources one at a time; a JSONL or archive source yields several documents. */
  private final class DocumentIterator implements Iterator<RawDocument> {
    private final Iterator<Object> sources;
    private Source inner;
    private RawDocument next;

    DocumentIterator(Iterator<Object> sources) {
      this.sources = sources;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (inner != null) {
          next = inner.next();
          if (next != null) {
            break;
          }
          inner.close();
          inner = null;
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

    /** A document for a single-document source, or null after starting a multi-document one (its items follow). */
    private RawDocument open(Object source) {
      if (source instanceof Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
          return new RawDocument.Unreadable(name, "no such file");
        }
        try {
          if (isJsonl(path)) {
            inner = jsonl(new JsonlReader(name, Files.newInputStream(path)));
            return null;
          }
          return openStream(name, new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES),
              Files.size(path), false);
        } catch (IOException e) {
          return new RawDocument.Unreadable(name, "cannot be read (" + e.getMessage() + ")");
        }
      }
      return openStream("<stdin>", new BufferedInputStream(stdin, BUFFER_BYTES), -1, true);
    }

    /**
     * Sniffs a source and returns its one document, or starts {@link #inner} and returns null. Closes {@code in}
     * unless {@link #inner} took it.
     *
     * @param size the stored size when known (a file), else -1
     */
    private RawDocument openStream(String name, BufferedInputStream in, long size, boolean isStdin) {
      boolean handedOver = false;
      try {
        ContentKind kind = sniffer.apply(peek(in));
        switch (kind) {
          case WARC -> {
            inner = archive(new WarcDocuments(name, in, maxBytes, sniffer));
            handedOver = true;
            return null;
          }
          case GZIP -> {
            RawDocument d = gzipped(name, in);
            handedOver = d == null;
            return d;
          }
          case JSONL -> {
            if (isStdin) {
              inner = jsonl(new JsonlReader(name, in));
              handedOver = true;
              return null;
            }
            return new RawDocument.Bytes(name, readDocument(in, size, name));
          }
          case HTML -> {
            return new RawDocument.Page(name, readDocument(in, size, name), null, null, null);
          }
          default -> {
            return new RawDocument.Bytes(name, readDocument(in, size, name));
          }
        }
      } catch (InputRejectedException e) {
        return new RawDocument.Unreadable(name, e.getMessage());
      } catch (IOException e) {
        return new RawDocument.Unreadable(name, "cannot be read (" + e.getMessage() + ")");
      } finally {
        if (!handedOver && !isStdin) {
          closeQuietly(in);
        }
      }
    }

    /** A gzip stream: an archive read record by record (null returned), or one decompressed document. */
    private RawDocument gzipped(String name, BufferedInputStream in) throws IOException {
      in.mark(GZIP_PEEK_BYTES);
      byte[] innerHead = gunzipHead(in);
      in.reset();
      ContentKind kind = sniffer.apply(innerHead);
      if (kind == ContentKind.WARC) {
        inner = archive(new WarcDocuments(name, in, maxBytes, sniffer));
        return null;
      }
      if (kind == ContentKind.GZIP) {
        return new RawDocument.Unreadable(name, "gzip inside gzip is not read");
      }
      byte[] bytes;
      try {
        bytes = TextDecoder.readBounded(new GzipMembers(in), Math.min(maxBytes, Limits.MAX_DECOMPRESSED_BYTES), name);
      } catch (ArchiveDamageException e) {
        return new RawDocument.Unreadable(name, "gzip data " + e.getMessage());
      }
      return switch (kind) {
        case HTML -> new RawDocument.Page(name, bytes, null, null, null);
        case JSONL -> {
          closeQuietly(in); // all read: the lines come from memory
          inner = jsonl(new JsonlReader(name, new ByteArrayInputStream(bytes)));
          yield null;
        }
        default -> new RawDocument.Bytes(name, bytes);
      };
    }
  }

  /** Up to {@value #HEAD_BYTES} bytes of the start of the stream, which is then rewound. */
  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return head;
  }

  /**
   * Up to {@value #HEAD_BYTES} decompressed bytes from the start of a gzip stream; on damage, what came before it
   * (an archive is then read up to the damage, which it reports).
   */
  private static byte[] gunzipHead(InputStream in) {
    InputStream shield = new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller rewinds and reads on
      }
    };
    byte[] head = new byte[HEAD_BYTES];
    int n = 0;
    try (GzipMembers probe = new GzipMembers(shield, 8192)) {
      for (int r; n < head.length && (r = probe.read(head, n, head.length - n)) > 0; ) {
        n += r;
      }
    } catch (IOException e) {
      // keep what was read
    }
    return Arrays.copyOf(head, n);
  }

  private byte[] readDocument(InputStream in, long size, String name) throws IOException {
    if (size >= 0) {
      TextDecoder.requireWithinLimit(size, maxBytes, name);
    }
    return TextDecoder.readBounded(in, maxBytes, name);
  }

  private static Source jsonl(JsonlReader reader) {
    return new Source() {
      @Override
      public RawDocument next() {
        return reader.next();
      }

      @Override
      public void close() {
        reader.close();
      }
    };
  }

  private static Source archive(WarcDocuments documents) {
    return new Source() {
      @Override
      public RawDocument next() {
        return documents.hasNext() ? documents.next() : null;
      }

      @Override
      public void close() {
        documents.close();
      }
    };
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // read-only
    }
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
