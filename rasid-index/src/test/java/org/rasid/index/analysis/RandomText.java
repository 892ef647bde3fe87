package org.rasid.index.analysis;

import java.util.Random;

/** Random strings weighted towards what trips Arabic analysis: affix letters, marks, digits, joiners, surrogates. */
final class RandomText {
  private static final String AFFIX_LETTERS = "والبكفسيتنهامة";
  private static final String PIECES_OF_WORDS = "ال|وال|بال|لل|ات|ون|ين|ها|هما|كم|نا|ة|ى|ء|أ|إ|آ|ؤ|ئ";
  private static final String[] PIECES = PIECES_OF_WORDS.split("\\|");
  private static final String MARKS = "\u064B\u064E\u0650\u0651\u0652\u0654\u0670\u06D6\u0640";
  private static final String OTHER = " \t\n.,،؛؟!-'\"0123456789٠١٢٣٤٥٦٧٨٩۰۹٫٬aZéßİ\u200C\u200D\u200F\u00A0";
  private static final String[] SURROGATES = {"😀", "\uD83D", "\uDE00", "𝐀"};

  private RandomText() {}

  static String of(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(length + 4);
    while (sb.length() < length) {
      switch (random.nextInt(6)) {
        case 0, 1 -> sb.append(AFFIX_LETTERS.charAt(random.nextInt(AFFIX_LETTERS.length())));
        case 2 -> sb.append(PIECES[random.nextInt(PIECES.length)]);
        case 3 -> sb.append(MARKS.charAt(random.nextInt(MARKS.length())));
        case 4 -> sb.append(OTHER.charAt(random.nextInt(OTHER.length())));
        default -> sb.append(random.nextInt(8) == 0 ? SURROGATES[random.nextInt(SURROGATES.length)]
            : (char) ('\u0600' + random.nextInt(0x100)));
      }
    }
    return sb.toString();
  }

  /** {@code s} with every non-ASCII char as a \\uXXXX escape, for a failure message that survives any console. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
