package org.rasid.nlp.ner;

import java.util.List;

/**
 * A sentence with one BIO tag per word ({@code B-PERS}, {@code I-LOC}, {@code O}, …).
 *
 * @param words the tokens, in order
 * @param tags one tag per token
 */
public record TaggedSentence(List<String> words, List<String> tags) {
  public TaggedSentence {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
    }
  }

  /** This sentence with every tag of a type outside {@code keep} replaced by {@code O}. */
  public TaggedSentence keepTypes(java.util.Set<String> keep) {
    return new TaggedSentence(words, tags.stream()
        .map(t -> t.length() > 2 && !keep.contains(t.substring(2)) ? "O" : t).toList());
  }
}
