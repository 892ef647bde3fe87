package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.InputRejectedException;

/** Random and damaged pages: the decoder decides or rejects with a typed error, and never invents U+FFFD. */
class HtmlDecoderRandomTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
  private static final int DOCUMENTS = 3_000;
  private static final List<String> LABELS = List.of("utf-8", "windows-1256", "iso-8859-6", "utf-16le", "utf-16be",
      "iso-8859-1", "us-ascii", "koi8-r", "", "\"utf-8\"");
  private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1256"),
      Charset.forName("ISO-8859-6"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

  @Test
  void decidesOrRejectsEveryRandomPage() {
    Random random = new Random(SEED);
    for (int i = 0; i < DOCUMENTS; i++) {
      byte[] bytes = randomPage(random);
      String header = random.nextBoolean() ? null : "text/html; charset=" + LABELS.get(random.nextInt(LABELS.size()));
      String as = "seed " + SEED + ", document " + i;
      try {
        CharsetResolution r = HtmlDecoder.resolve(bytes, header, "random-" + i);
        assertThat(r.decoded().text()).as(as).isNotBlank();
        // A mark or the UTF-16 pattern admits light damage (a cut last char); a declaration alone does not.
        boolean lenient = r.decoded().hadBom() || r.evidence() == CharsetEvidence.CONTENT
            || CharsetLabels.isUtf16(r.decoded().charset());
        if (!lenient) {
          assertThat(r.replacements()).as(as + ": a declaration was used, so the bytes decoded strictly").isZero();
        }
      } catch (InputRejectedException e) {
        assertThat(e.document()).as(as).isEqualTo("random-" + i);
      }
    }
  }

  /** Half the time a real page, cut, spliced or with flipped bytes; else random bytes. */
  private static byte[] randomPage(Random random) {
    if (random.nextInt(4) == 0) {
      byte[] noise = new byte[random.nextInt(200)];
      random.nextBytes(noise);
      return noise;
    }
    Charset charset = CHARSETS.get(random.nextInt(CHARSETS.size()));
    String meta = random.nextBoolean() ? null : LABELS.get(random.nextInt(LABELS.size()));
    byte[] page = ArabicPage.html(meta, charset.name().equals("ISO-8859-6")).getBytes(charset);
    int cut = random.nextInt(page.length) + 1;
    byte[] bytes = java.util.Arrays.copyOf(page, cut);
    int flips = random.nextInt(3);
    for (int f = 0; f < flips && bytes.length > 0; f++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
