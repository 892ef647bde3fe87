package org.rasid.bench.stemming;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.rasid.index.analysis.ArabicCliticFilter;
import org.rasid.index.analysis.ArabicLightStemFilter;
import org.rasid.index.analysis.ArabicLightStemmer;
import org.rasid.index.analysis.ArabicSearchNormalizationFilter;

/** The stemming chains compared by {@code rasid bench stemmers}, each over a {@link WhitespaceTokenizer}. */
public final class Candidates {
  /** Where Debian's hunspell-ar puts its files. */
  public static final Path DEFAULT_HUNSPELL_DIR = Path.of("/usr/share/hunspell");
  static final String HUNSPELL_AFFIX = "ar.aff";
  static final String HUNSPELL_WORDS = "ar.dic";
  /** The name of the chain rasid uses, {@code RasidAnalyzers.stemmed()} but for its tokenizer. */
  public static final String RASID_CHOICE = "rasid-light";
  /** How far into an affix file Lucene's Hunspell reader looks for the SET directive. */
  static final int SET_DIRECTIVE_WINDOW = 30_720;
  /** What Lucene's Hunspell stemmer leaves in front of an {@code st:} stem that is not first in its field list. */
  private static final Pattern LEADING_COLON = Pattern.compile("^:");
  private static final byte[] SET_DIRECTIVE = {'S', 'E', 'T'};

  private Candidates() {}

  /** None, Lucene's, rasid's three, in table order; Hunspell is added by {@link #hunspell} when installed. */
  public static List<Candidate> builtIn() {
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(candidate("none", "rasid normalization only", ArabicSearchNormalizationFilter::new));
    candidates.add(candidate("lucene-light10", "Lucene ArabicNormalizationFilter + ArabicStemFilter (Light10)",
        ts -> new ArabicStemFilter(new ArabicNormalizationFilter(ts))));
    candidates.add(candidate("rasid-clitics", "rasid normalization + ArabicCliticFilter",
        ts -> new ArabicCliticFilter(new ArabicSearchNormalizationFilter(ts))));
    candidates.add(candidate("rasid-nouns", "rasid-clitics + ArabicLightStemFilter(NOUNS)",
        ts -> rasid(ts, ArabicLightStemmer.NOUNS)));
    candidates.add(candidate(RASID_CHOICE, "rasid-clitics + ArabicLightStemFilter(NOUNS_AND_VERBS)",
        ts -> rasid(ts, ArabicLightStemmer.NOUNS_AND_VERBS)));
    return candidates;
  }

  private static TokenStream rasid(TokenStream ts, ArabicLightStemmer stemmer) {
    return new ArabicLightStemFilter(new ArabicCliticFilter(new ArabicSearchNormalizationFilter(ts)), stemmer);
  }

  /**
   * Lucene's Hunspell stemmer over the Arabic dictionary in {@code dir} (Debian's hunspell-ar: Ayaspell), keeping
   * the longest stem of each word, then rasid normalization so that stems meet whatever their hamza spelling. Words
   * the dictionary does not know pass through unchanged.
   *
   * <p>Two workarounds make Ayaspell usable with Lucene 10: the affix file's SET line is moved to the top ({@link
   * #setDirectiveFirst}), and a leading ':' is removed from stems. Ayaspell gives its stems as {@code st:} fields of
   * morphological aliases ({@code AM is:pst st:ابتكر po:verb}); Lucene's {@code Stemmer.stemException} finds such a
   * field as " st:" but skips only three chars, so the stem comes out as {@code :ابتكر} (read in the 10.3 source;
   * 10.6 does the same). Stems from an alias then never meet stems that are dictionary words, and Hunspell's F1
   * drops by about 0.04.
   *
   * @return empty when {@code dir} has no ar.aff and ar.dic
   */
  public static Optional<Candidate> hunspell(Path dir) throws IOException, ParseException {
    Path affix = dir.resolve(HUNSPELL_AFFIX);
    Path words = dir.resolve(HUNSPELL_WORDS);
    if (!Files.isReadable(affix) || !Files.isReadable(words)) {
      return Optional.empty();
    }
    Dictionary dictionary;
    try (InputStream a = new ByteArrayInputStream(setDirectiveFirst(Files.readAllBytes(affix)));
        InputStream w = Files.newInputStream(words); Directory scratch = new ByteBuffersDirectory()) {
      dictionary = new Dictionary(scratch, "hunspell", a, w);
    }
    return Optional.of(candidate("hunspell-ar", "Lucene HunspellStemFilter (" + dir.resolve("ar.{aff,dic}")
        + ", longest stem), leading ':' removed, + rasid normalization",
        ts -> new ArabicSearchNormalizationFilter(new PatternReplaceFilter(
            new HunspellStemFilter(ts, dictionary, true, true), LEADING_COLON, "", false))));
  }

  /**
   * The affix file with its {@code SET} (encoding) line moved to the top. Lucene's Hunspell reader looks for it only
   * in the first {@value #SET_DIRECTIVE_WINDOW} bytes, and Ayaspell's ar.aff has it after a long {@code AF} table.
   * Works on bytes, so it needs no charset.
   */
  static byte[] setDirectiveFirst(byte[] affix) {
    int lineStart = 0;
    while (lineStart < affix.length) {
      int lineEnd = lineEnd(affix, lineStart);
      if (isSetDirective(affix, lineStart)) {
        ByteArrayOutputStream moved = new ByteArrayOutputStream(affix.length + 1);
        moved.write(affix, lineStart, lineEnd - lineStart);
        moved.write('\n');
        moved.write(affix, 0, lineStart);
        int rest = Math.min(affix.length, lineEnd + 1);
        moved.write(affix, rest, affix.length - rest);
        return moved.toByteArray();
      }
      lineStart = lineEnd + 1;
    }
    return affix;
  }

  private static int lineEnd(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** "SET" then a space or a tab. */
  private static boolean isSetDirective(byte[] bytes, int from) {
    if (bytes.length - from <= SET_DIRECTIVE.length) {
      return false;
    }
    for (int i = 0; i < SET_DIRECTIVE.length; i++) {
      if (bytes[from + i] != SET_DIRECTIVE[i]) {
        return false;
      }
    }
    byte after = bytes[from + SET_DIRECTIVE.length];
    return after == ' ' || after == '\t';
  }

  private static Candidate candidate(String name, String chain, UnaryOperator<TokenStream> filters) {
    return new Candidate(name, chain, new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    });
  }
}
