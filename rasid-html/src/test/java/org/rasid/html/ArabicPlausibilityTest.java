package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class ArabicPlausibilityTest {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String LINE = ArabicPage.isoSafe(ArabicPage.BODY.get(4));

  private static ArabicPlausibility.Score score(String text) {
    return ArabicPlausibility.score(text);
  }

  private static String misread(String text, Charset written, Charset read) {
    return new String(text.getBytes(written), read);
  }

  @Test
  void cleanArabicScoresItsLetters() {
    ArabicPlausibility.Score s = score("فهل تنجح الحكومة؟");
    assertThat(s.badWords()).isZero();
    assertThat(s.arabicLetters()).isEqualTo(14);
    assertThat(s.value()).isEqualTo(14);
  }

  @Test
  void isoReadAsWindows1256MixesScriptsInWords() {
    ArabicPlausibility.Score s = score(misread(LINE, ISO_8859_6, WINDOWS_1256));
    assertThat(s.badWords()).isPositive();
    assertThat(s.value()).isLessThan(score(LINE).value());
  }

  @Test
  void windows1256ReadAsIsoPutsTanweenInsideWords() {
    String text = "مدينة جديدة"; // ي is 0xED in windows-1256: kasratan in ISO-8859-6
    assertThat(score(misread(text, WINDOWS_1256, ISO_8859_6)).badWords()).isPositive();
  }

  @Test
  void windows1256ReadAsLatin1IsAnAccentedRun() {
    ArabicPlausibility.Score s = score(misread(LINE, WINDOWS_1256, WINDOWS_1252));
    assertThat(s.arabicLetters()).isZero();
    assertThat(s.value()).isNegative();
  }

  @Test
  void utf8ReadAsLatin1CostsBadChars() {
    assertThat(score("Ø§Ù„Ø­ÙƒÙˆÙ…Ø©").badChars()).isPositive();
  }

  @Test
  void frenchWithAFewAccentsIsClean() {
    assertThat(score("À Bagdad, l'été prochain, élections générales à Bassora.").badWords()).isZero();
  }

  @Test
  void tatweelAndTrailingTanweenAreClean() {
    assertThat(score("الحكومـــة شخصاً كتاباً").badWords()).isZero();
  }

  @Test
  void controlAndReplacementCharsAreBad() {
    assertThat(score("خبر\u0085\uFFFD").badChars()).isEqualTo(2);
  }
}
