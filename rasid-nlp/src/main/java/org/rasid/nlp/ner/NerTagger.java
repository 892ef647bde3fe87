package org.rasid.nlp.ner;

import java.util.List;
import org.rasid.nlp.Token;

/** Named-entity tagger. STUB: replaced by the NER work of issue 5. Thread-safe once loaded. */
public final class NerTagger {
  private NerTagger() {}

  /** The model shipped in the jar. */
  public static NerTagger load() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** BIO labels ({@code B-PERS}, {@code I-LOC}, {@code O}, …) for tokens, one per token. */
  public List<String> labels(List<String> tokens) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The mentions in a text: tokenized, tagged, and BIO runs joined. */
  public List<Mention> mentions(String text) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The mentions of already-tokenized text (offsets from the tokens). */
  public List<Mention> mentions(List<Token> tokens, String text) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
