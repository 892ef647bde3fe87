package org.rasid.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * BIO tag sequences to entity spans, read the way conlleval reads them: a chunk starts at {@code B-X}, and also at
 * {@code I-X} when no chunk of type X is open (after {@code O}, at the sentence start, or after another type); a
 * chunk ends before {@code O}, before any {@code B-}, and before a tag of another type. So {@code O I-PERS I-PERS}
 * is one PERS chunk of two tokens, and {@code B-LOC I-ORG} two chunks.
 */
public final class Bio {
  private Bio() {}

  /**
   * A chunk: tokens {@code [start, end)} of type {@code type} ({@code PERS}, {@code LOC}, …).
   *
   * @param type the tag's type, without its {@code B-}/{@code I-}
   * @param start index of the first token
   * @param end index after the last token
   */
  public record Span(String type, int start, int end) {}

  /** The chunks of a tag sequence, in order. Tags other than {@code B-…}, {@code I-…} count as {@code O}. */
  public static List<Span> spans(List<String> tags) {
    List<Span> out = new ArrayList<>();
    String open = null;
    int start = 0;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      boolean b = tag.startsWith("B-") && tag.length() > 2;
      boolean in = tag.startsWith("I-") && tag.length() > 2;
      String type = b || in ? tag.substring(2) : null;
      if (open != null && (b || !in || !type.equals(open))) {
        out.add(new Span(open, start, i));
        open = null;
      }
      if (open == null && (b || in)) {
        open = type;
        start = i;
      }
    }
    if (open != null) {
      out.add(new Span(open, start, tags.size()));
    }
    return out;
  }
}
