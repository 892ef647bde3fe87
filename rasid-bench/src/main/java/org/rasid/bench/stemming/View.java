package org.rasid.bench.stemming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Which words of a treebank the evaluation compares.
 *
 * <p>UD Arabic PUD splits clitics into words of their own (و, ب, ل, the pronouns) and writes {@code SpaceAfter=No}
 * between the pieces; only the article stays attached. (Treebanks with multiword-token lines, like PADT, read the same
 * way through {@link ConllU}.) So the treebank's words test a stemmer's suffix rules but hardly its clitic rules, and
 * the written words are rebuilt as a second view.
 */
public enum View {
  /** The treebank's syntactic words, clitics split off; each with its own lemma. */
  UD_WORDS("UD words (clitics split off, as the treebank tokenizes)") {
    @Override
    public List<LemmaToken> tokens(List<List<UdWord>> sentences) {
      List<LemmaToken> tokens = new ArrayList<>();
      for (List<UdWord> sentence : sentences) {
        for (UdWord word : sentence) {
          if (isCounted(word)) {
            tokens.add(new LemmaToken(word.form(), word.lemma(), word.upos()));
          }
        }
      }
      return tokens;
    }
  },

  /**
   * Words as written: the pieces joined by {@code SpaceAfter=No}, punctuation dropped (and splitting), each with the
   * lemma of its host, the one content word (noun, proper noun, adjective, verb, adverb) left after one-letter
   * proclitics in front and pronouns behind. Written words without exactly one such host (لها, فإن) are left out:
   * function words, which a search barely needs to conflate.
   */
  SURFACE_WORDS("surface words (clitics attached, as written; content words only)") {
    @Override
    public List<LemmaToken> tokens(List<List<UdWord>> sentences) {
      List<LemmaToken> tokens = new ArrayList<>();
      for (List<UdWord> sentence : sentences) {
        List<UdWord> pieces = new ArrayList<>();
        for (UdWord word : sentence) {
          if (isCounted(word)) {
            pieces.add(word);
          } else {
            addSurfaceWord(pieces, tokens);
          }
          if (word.spaceAfter()) {
            addSurfaceWord(pieces, tokens);
          }
        }
        addSurfaceWord(pieces, tokens);
      }
      return tokens;
    }
  };

  /** Parts of speech left out: punctuation, numbers, symbols. */
  static final Set<String> SKIPPED_UPOS = Set.of("PUNCT", "NUM", "SYM");
  /** Parts of speech of a host. */
  static final Set<String> CONTENT_UPOS = Set.of("NOUN", "PROPN", "ADJ", "VERB", "ADV");
  /** Parts of speech of a one-letter proclitic piece (و ف ب ك ل س). */
  static final Set<String> PROCLITIC_UPOS = Set.of("ADP", "CCONJ", "PART", "SCONJ");
  static final String PRONOUN_UPOS = "PRON";

  private final String description;

  View(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The words of {@code sentences} in this view, in order, each with its lemma. */
  public abstract List<LemmaToken> tokens(List<List<UdWord>> sentences);

  /** Not punctuation, a number or a symbol, and with at least one letter. */
  static boolean isCounted(UdWord word) {
    return !SKIPPED_UPOS.contains(word.upos()) && word.form().chars().anyMatch(Character::isLetter);
  }

  /** Adds the written word of {@code pieces} when it has one host, then clears {@code pieces}. */
  private static void addSurfaceWord(List<UdWord> pieces, List<LemmaToken> tokens) {
    if (pieces.isEmpty()) {
      return;
    }
    int first = 0;
    int end = pieces.size();
    while (first < end - 1 && isOneLetterProclitic(pieces.get(first))) {
      first++;
    }
    while (end - 1 > first && pieces.get(end - 1).upos().equals(PRONOUN_UPOS)) {
      end--;
    }
    UdWord host = pieces.get(first);
    if (end - first == 1 && CONTENT_UPOS.contains(host.upos())) {
      StringBuilder form = new StringBuilder();
      pieces.forEach(p -> form.append(p.form()));
      tokens.add(new LemmaToken(form.toString(), host.lemma(), host.upos()));
    }
    pieces.clear();
  }

  private static boolean isOneLetterProclitic(UdWord word) {
    return PROCLITIC_UPOS.contains(word.upos()) && ArabicNormalizer.normalizeForSearch(word.form()).length() == 1;
  }
}
