package org.rasid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
  private static final int RANDOM_DOCUMENTS = 5_000;
  private static final String DOCUMENT = "news/article-17.txt";
  private static final String ARABIC = "أعلنت الحكومة العراقية، اليوم الأحد، عن خطة جديدة لإعادة إعمار المدن المتضررة.";
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private static void check(byte[] bytes, String text, Charset charset, boolean hadBom) {
    assertThat(TextDecoder.decode(bytes, DOCUMENT)).isEqualTo(new Decoded(text, charset, hadBom));
  }

  private static InputRejectedException rejection(byte[] bytes, InputRejectedException.Reason reason) {
    InputRejectedException e =
        catchThrowableOfType(InputRejectedException.class, () -> TextDecoder.decode(bytes, DOCUMENT));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.document()).isEqualTo(DOCUMENT);
    assertThat(e.getMessage()).startsWith(DOCUMENT + ": ");
    return e;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  // Byte-order marks.

  @Test
  void decodesUtf8WithBomAndDropsTheBom() {
    check(concat(hex("EFBBBF"), ARABIC.getBytes(StandardCharsets.UTF_8)), ARABIC, StandardCharsets.UTF_8, true);
  }

  @Test
  void decodesUtf16LeWithBom() {
    check(concat(hex("FFFE"), ARABIC.getBytes(StandardCharsets.UTF_16LE)), ARABIC, StandardCharsets.UTF_16LE, true);
  }

  @Test
  void decodesUtf16BeWithBom() {
    check(concat(hex("FEFF"), ARABIC.getBytes(StandardCharsets.UTF_16BE)), ARABIC, StandardCharsets.UTF_16BE, true);
  }

  @Test
  void toleratesATruncatedLastCharacterAfterABom() {
    byte[] bytes = concat(hex("FFFE"), (ARABIC + "x").getBytes(StandardCharsets.UTF_16LE));
    Decoded decoded = TextDecoder.decode(Arrays.copyOf(bytes, bytes.length - 1), DOCUMENT);
    assertThat(decoded.text()).isEqualTo(ARABIC + "\uFFFD");
  }

  @Test
  void rejectsUtf8BomFollowedByAnotherEncoding() {
    byte[] bytes = concat(hex("EFBBBF"), ARABIC.getBytes(WINDOWS_1256));
    assertThat(rejection(bytes, InputRejectedException.Reason.UNDECODABLE).getMessage())
        .isEqualTo(DOCUMENT + ": starts with a UTF-8 byte-order mark but is not UTF-8 (malformed bytes at offset 3)");
  }

  // UTF-8 without a mark.

  @Test
  void decodesUtf8() {
    check(ARABIC.getBytes(StandardCharsets.UTF_8), ARABIC, StandardCharsets.UTF_8, false);
  }

  @Test
  void decodesAsciiAsUtf8() {
    check("Breaking news\r\n".getBytes(StandardCharsets.US_ASCII), "Breaking news\r\n", StandardCharsets.UTF_8, false);
  }

  @Test
  void keepsUtf8CutInTheMiddleOfTheLastCharacter() {
    byte[] bytes = ARABIC.getBytes(StandardCharsets.UTF_8);
    check(Arrays.copyOf(bytes, bytes.length - 2), ARABIC.substring(0, ARABIC.length() - 2) + "\uFFFD",
        StandardCharsets.UTF_8, false);
  }

  @Test
  void keepsUtf8WithAStrayLegacyByte() {
    int middle = ARABIC.indexOf(' ');
    byte[] bytes = concat(concat(ARABIC.substring(0, middle).getBytes(StandardCharsets.UTF_8), hex("C7")),
        ARABIC.substring(middle).getBytes(StandardCharsets.UTF_8));
    check(bytes, ARABIC.substring(0, middle) + "\uFFFD" + ARABIC.substring(middle), StandardCharsets.UTF_8, false);
  }

  // UTF-16 without a mark.

  @Test
  void detectsUtf16LeArabicWithoutBom() {
    check(ARABIC.getBytes(StandardCharsets.UTF_16LE), ARABIC, StandardCharsets.UTF_16LE, false);
  }

  @Test
  void detectsUtf16BeArabicWithoutBom() {
    check(ARABIC.getBytes(StandardCharsets.UTF_16BE), ARABIC, StandardCharsets.UTF_16BE, false);
  }

  @Test
  void detectsUtf16LeLatinWithoutBom() {
    String text = "Reuters reported on Sunday.";
    check(text.getBytes(StandardCharsets.UTF_16LE), text, StandardCharsets.UTF_16LE, false);
  }

  // Legacy code pages.

  @Test
  void decodesWindows1256Arabic() {
    check(ARABIC.getBytes(WINDOWS_1256), ARABIC, WINDOWS_1256, false);
  }

  @Test
  void decodesIso88596Arabic() {
    String text = "قال المتحدث باسم الوزارة في بيان له";
    check(text.getBytes(ISO_8859_6), text, ISO_8859_6, false);
  }

  @Test
  void prefersWindows1256WhenBothCodePagesGiveArabic() {
    String text = "سحب"; // C3 CD C8 in both code pages
    check(text.getBytes(WINDOWS_1256), text, WINDOWS_1256, false);
  }

  // Empty input.

  @Test
  void rejectsNoBytesAsEmpty() {
    assertThat(rejection(new byte[0], InputRejectedException.Reason.EMPTY).getMessage())
        .isEqualTo(DOCUMENT + ": empty input");
  }

  @Test
  void rejectsWhitespaceOnlyAsEmpty() {
    rejection(" \t\r\n \u00A0".getBytes(StandardCharsets.UTF_8), InputRejectedException.Reason.EMPTY);
  }

  @Test
  void rejectsBomOnlyAsEmpty() {
    for (String bom : new String[] {"EFBBBF", "FFFE", "FEFF", "EFBBBFEFBBBF0A"}) {
      rejection(hex(bom), InputRejectedException.Reason.EMPTY);
    }
  }

  // Binary input.

  @Test
  void rejectsPngByItsSignature() {
    byte[] png = hex("89504E470D0A1A0A0000000D49484452");
    assertThat(rejection(png, InputRejectedException.Reason.BINARY).getMessage())
        .isEqualTo(DOCUMENT + ": binary data (PNG image), not text");
  }

  @Test
  void rejectsOtherBinaryFormatsByTheirSignature() {
    assertThat(rejection("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), InputRejectedException.Reason.BINARY)
        .getMessage()).contains("PDF document");
    assertThat(rejection(hex("FFD8FFE000104A464946"), InputRejectedException.Reason.BINARY).getMessage())
        .contains("JPEG image");
    assertThat(rejection("GIF89a".getBytes(StandardCharsets.US_ASCII), InputRejectedException.Reason.BINARY)
        .getMessage()).contains("GIF image");
    assertThat(rejection(hex("504B030414000000"), InputRejectedException.Reason.BINARY).getMessage())
        .contains("ZIP archive");
    assertThat(rejection(hex("1F8B0800"), InputRejectedException.Reason.BINARY).getMessage())
        .contains("gzip data");
  }

  @Test
  void rejectsNulBytes() {
    byte[] bytes = "Hello world!\0\u0001\u0002\u0003 more".getBytes(StandardCharsets.US_ASCII);
    assertThat(rejection(bytes, InputRejectedException.Reason.BINARY).getMessage())
        .isEqualTo(DOCUMENT + ": binary data (NUL bytes at offset 12), not text");
  }

  @Test
  void rejectsManyControlBytes() {
    byte[] bytes = "ab\u0001\u0002cd\u0003\u0004ef".getBytes(StandardCharsets.US_ASCII);
    assertThat(rejection(bytes, InputRejectedException.Reason.BINARY).getMessage())
        .isEqualTo(DOCUMENT + ": binary data (40% control bytes), not text");
  }

  @Test
  void rejectsANulCharacterInUtf16() {
    byte[] bytes = concat(hex("FFFE"), "ab\0c".getBytes(StandardCharsets.UTF_16LE));
    assertThat(rejection(bytes, InputRejectedException.Reason.BINARY).getMessage())
        .isEqualTo(DOCUMENT + ": binary data (NUL character at index 2 of the decoded text), not text");
  }

  // Bounded reading.

  @Test
  void readsAStreamUpToTheLimit() throws IOException {
    byte[] bytes = new byte[100];
    assertThat(TextDecoder.readBounded(new ByteArrayInputStream(bytes), 100, DOCUMENT)).hasSize(100);
  }

  @Test
  void rejectsAStreamOverTheLimitWithoutReadingTheRest() {
    CountingStream endless = new CountingStream();
    InputRejectedException e = catchThrowableOfType(InputRejectedException.class,
        () -> TextDecoder.readBounded(endless, 1000, DOCUMENT));
    assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.TOO_LARGE);
    assertThat(e.getMessage()).isEqualTo(DOCUMENT + ": input is over the 1000 bytes limit (--max-bytes)");
    assertThat(endless.read).isEqualTo(1001);
  }

  @Test
  void rejectsAKnownSizeOverTheLimitNamingTheSize() {
    long size = (long) (7.3 * 1024 * 1024);
    InputRejectedException e = catchThrowableOfType(InputRejectedException.class,
        () -> TextDecoder.requireWithinLimit(size, TextDecoder.DEFAULT_MAX_BYTES, DOCUMENT));
    assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.TOO_LARGE);
    assertThat(e.getMessage()).isEqualTo(DOCUMENT + ": input is 7.3 MB, over the 5 MB limit (--max-bytes)");
  }

  @Test
  void acceptsAKnownSizeAtTheLimit() {
    TextDecoder.requireWithinLimit(TextDecoder.DEFAULT_MAX_BYTES, TextDecoder.DEFAULT_MAX_BYTES, DOCUMENT);
  }

  @Test
  void rejectsALimitOutOfRange() {
    InputStream in = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> TextDecoder.readBounded(in, -1, DOCUMENT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> TextDecoder.readBounded(in, Long.MAX_VALUE, DOCUMENT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrapsAnUnreadableDocument() {
    IOException cause = new IOException("No such file");
    InputRejectedException e = InputRejectedException.unreadable(DOCUMENT, cause);
    assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.UNREADABLE);
    assertThat(e).hasMessage(DOCUMENT + ": cannot be read (No such file)").hasCause(cause);
  }

  @Test
  void formatsSizesForPeople() {
    assertThat(InputRejectedException.formatSize(512)).isEqualTo("512 bytes");
    assertThat(InputRejectedException.formatSize(1536)).isEqualTo("1.5 KB");
    assertThat(InputRejectedException.formatSize(TextDecoder.DEFAULT_MAX_BYTES)).isEqualTo("5 MB");
  }

  // Random input.

  @Test
  void randomBytesEitherDecodeOrAreRejected() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      byte[] bytes = randomBytes(random);
      try {
        assertThat(TextDecoder.decode(bytes, DOCUMENT).text()).as("seed %d", SEED).isNotBlank();
      } catch (InputRejectedException e) {
        assertThat(e.getMessage()).as("seed %d", SEED).startsWith(DOCUMENT + ": ");
      }
    }
  }

  @Test
  void randomArabicRoundTripsInUnicodeAndWindows1256() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      String text = randomArabic(random);
      check(text.getBytes(StandardCharsets.UTF_8), text, StandardCharsets.UTF_8, false);
      check(concat(hex("FFFE"), text.getBytes(StandardCharsets.UTF_16LE)), text, StandardCharsets.UTF_16LE, true);
      check(text.getBytes(StandardCharsets.UTF_16BE), text, StandardCharsets.UTF_16BE, false);
      check(text.getBytes(WINDOWS_1256), text, WINDOWS_1256, false);
    }
  }

  /** Random bytes of several shapes: uniform, mostly text-like, and damaged encodings of real text. */
  private static byte[] randomBytes(Random random) {
    int length = random.nextInt(300);
    return switch (random.nextInt(5)) {
      case 0 -> {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        yield bytes;
      }
      case 1 -> mutate(randomArabic(random).getBytes(StandardCharsets.UTF_8), random);
      case 2 -> mutate(randomArabic(random).getBytes(StandardCharsets.UTF_16LE), random);
      case 3 -> mutate(concat(hex("FEFF"), randomArabic(random).getBytes(StandardCharsets.UTF_16BE)), random);
      default -> mutate(randomArabic(random).getBytes(WINDOWS_1256), random);
    };
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    int changes = random.nextInt(4);
    for (int i = 0; i < changes && bytes.length > 0; i++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return random.nextBoolean() && bytes.length > 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
  }

  private static String randomArabic(Random random) {
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى";
    int length = 1 + random.nextInt(60);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(6) == 0 ? ' ' : letters.charAt(random.nextInt(letters.length())));
    }
    return text.toString().isBlank() ? "خبر" : text.toString();
  }

  /** An endless stream of 'a' that counts the bytes taken from it. */
  private static final class CountingStream extends InputStream {
    private long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) 'a');
      read += length;
      return length;
    }
  }
}
