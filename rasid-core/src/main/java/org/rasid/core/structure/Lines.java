package org.rasid.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.structure.Structurer.Line;
import org.rasid.core.text.UnicodeCleaner;

/** Splits decoded text into cleaned, numbered, non-blank lines. */
final class Lines {
  private Lines() {}

  /**
   * Lines split on LF, CRLF, CR, U+2028 and U+2029 (CRLF counts as one break), numbered from 1 counting blank
   * lines, cleaned; blank ones left out.
   */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int number = 1;
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        add(lines, number, text, start, i);
        number++;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static void add(List<Line> lines, int number, String text, int start, int end) {
    if (start >= end) {
      return;
    }
    String cleaned = UnicodeCleaner.cleanLine(text.subSequence(start, end));
    if (!cleaned.isEmpty()) {
      lines.add(new Line(number, cleaned));
    }
  }
}
