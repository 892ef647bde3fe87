package org.rasid.nlp;

import java.util.List;

/** Splits text into the tokens the tagger was trained on. STUB: replaced by the NER work of issue 5. */
public final class ArabicTokenizer {
  private ArabicTokenizer() {}

  /** The tokens of a text, in order, with offsets into it. */
  public static List<Token> tokenize(String text) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
