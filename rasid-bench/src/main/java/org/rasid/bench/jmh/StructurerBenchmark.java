package org.rasid.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rasid.core.structure.Structurer;

/**
 * Structurer throughput in articles per second, against a baseline that only decodes and splits the same bytes.
 * One invocation goes over all {@value #ARTICLES} articles, so with {@code @OperationsPerInvocation} the score is
 * articles/s; with one thread it is articles/s per core.
 *
 * <p>The articles come from {@link BenchData#load}: a fixed sample of SaudiNewsNet under the shared folder named
 * by the system property {@value #SHARED_PROPERTY} (default {@code ../shared}), else a generated set. The setup
 * prints which.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StructurerBenchmark {

  /** Articles per invocation; a compile-time constant because {@code @OperationsPerInvocation} needs one. */
  public static final int ARTICLES = 2_000;
  /** System property naming the shared data folder. */
  public static final String SHARED_PROPERTY = "rasid.bench.shared";

  private List<byte[]> articles;
  private Structurer structurer;

  @Setup(Level.Trial)
  public void load() throws IOException {
    BenchData data = BenchData.load(Path.of(System.getProperty(SHARED_PROPERTY, "../shared")), ARTICLES);
    if (data.articles().size() != ARTICLES) {
      throw new IllegalStateException("expected " + ARTICLES + " articles, got " + data.articles().size());
    }
    articles = data.articles();
    structurer = new Structurer();
    System.out.println(System.lineSeparator() + "# rasid articles: " + data.description());
  }

  /** Decode the UTF-8 bytes and split them into lines: the least any structurer must do. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void baselineDecodeAndSplit(Blackhole bh) {
    for (byte[] bytes : articles) {
      bh.consume(splitLines(new String(bytes, StandardCharsets.UTF_8), bh));
    }
  }

  /** Decode and structure. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void structure(Blackhole bh) {
    for (byte[] bytes : articles) {
      bh.consume(structurer.structure(new String(bytes, StandardCharsets.UTF_8)));
    }
  }

  /** Lines split on LF, CR and CRLF, each consumed; returns how many. */
  static int splitLines(String text, Blackhole bh) {
    int lines = 1;
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        bh.consume(text.substring(start, i));
        lines++;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    bh.consume(text.substring(start));
    return lines;
  }
}
