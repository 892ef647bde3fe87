package org.rasid.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.core.io.Limits;
import org.rasid.nlp.ArabicTokenizer;
import org.rasid.nlp.Token;

/**
 * Arabic named-entity tagger: persons, locations and organizations, as BIO labels over tokens or as mentions over
 * text. A first-order linear-chain model trained as an averaged perceptron on ANERcorp ({@link PerceptronTrainer},
 * features in {@link FeatureExtractor}), decoded with Viterbi. The model predicts MISC too (ANERcorp has it); {@link
 * #mentions} leaves MISC out since {@link EntityType} has no such type, {@link #labels} keeps it. A model may have a
 * second, stacked pass: the document is tagged once, then tagged again with the first pass's labels of the same
 * stems elsewhere in the document as features ({@link FeatureExtractor#stack}).
 *
 * <p>Thread-safe once loaded: tagging reads the model and never changes it. The shipped model is the resource
 * {@value #MODEL_RESOURCE} next to this class.
 */
public final class NerTagger {
  /** The shipped model's resource name, next to this class. */
  public static final String MODEL_RESOURCE = "ner-model.bin";

  /** The shipped model's training summary ({@link NerTraining#summary}), a Markdown resource next to the model. */
  public static final String SUMMARY_RESOURCE = "ner-model.md";

  private static volatile NerTagger shipped;

  private final LinearChainModel model;
  /** The second (stacked) pass, or null: it re-tags with the first pass's labels as features. */
  private final LinearChainModel second;
  private final WordClusters clusters;
  private final FeatureExtractor extractor;
  private final boolean[] allowed;
  private final int bPers;
  private final int iPers;
  /** The margin of the {@link FamilyNames} rule; 0: off. */
  private final float familyMargin;
  /** Both passes' weights under one key table, or null without a second pass. */
  private final TwoPassWeights both;

  NerTagger(LinearChainModel model, WordClusters clusters) {
    this(model, null, clusters);
  }

  NerTagger(LinearChainModel model, LinearChainModel second, WordClusters clusters) {
    this(model, second, clusters, 0);
  }

  NerTagger(LinearChainModel model, LinearChainModel second, WordClusters clusters, float familyMargin) {
    this.model = model;
    this.second = second;
    this.clusters = clusters;
    this.extractor = new FeatureExtractor(Places.shipped(), clusters, Names.shipped());
    this.allowed = LinearChainModel.allowedTransitions(model.labels());
    this.bPers = model.labels().indexOf("B-PERS");
    this.iPers = model.labels().indexOf("I-PERS");
    this.familyMargin = familyMargin;
    if (second != null && !second.labels().equals(model.labels())) {
      throw new IllegalArgumentException("the passes' labels differ: " + model.labels() + ", " + second.labels());
    }
    this.both = second == null ? null : new TwoPassWeights(model, second);
  }

  /**
   * The model shipped in the jar, read once and shared.
   *
   * @throws UncheckedIOException when the resource is missing or damaged
   */
  public static NerTagger load() {
    NerTagger t = shipped;
    if (t == null) {
      synchronized (NerTagger.class) {
        t = shipped;
        if (t == null) {
          try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IOException("the model resource " + MODEL_RESOURCE + " is missing from the jar");
            }
            t = read(in.readNBytes((int) Limits.MAX_NER_MODEL_BYTES + 1), MODEL_RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = t;
        }
      }
    }
    return t;
  }

  /** The shipped model's training summary, or an empty string when the resource is missing. */
  public static String shippedSummary() {
    try (InputStream in = NerTagger.class.getResourceAsStream(SUMMARY_RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model file written by {@link #write}. */
  public static NerTagger read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > Limits.MAX_NER_MODEL_BYTES) {
      throw new IOException(file + ": " + size + " bytes, more than the " + Limits.MAX_NER_MODEL_BYTES
          + " a model may have");
    }
    return read(Files.readAllBytes(file), file.toString());
  }

  /** A model from the bytes of a model file; {@code name} names it in errors. */
  public static NerTagger read(byte[] bytes, String name) throws IOException {
    if (bytes.length > Limits.MAX_NER_MODEL_BYTES) {
      throw new IOException(name + ": more than the " + Limits.MAX_NER_MODEL_BYTES + " bytes a model may have");
    }
    ModelFormat.Loaded loaded = ModelFormat.read(bytes, name);
    return new NerTagger(loaded.model(), loaded.second(), loaded.clusters(), loaded.familyMargin());
  }

  /** Writes this model in the binary format ({@link ModelFormat}); the stream is not closed. */
  public void write(OutputStream out) throws IOException {
    ModelFormat.write(model, second, clusters, familyMargin, out);
  }

  /** The labels the model can predict, {@code O} first. */
  public List<String> labelSet() {
    return model.labels();
  }

  /** Number of features (weight rows) in the model, both passes. */
  public int featureCount() {
    return model.features().size() + (second == null ? 0 : second.features().size());
  }

  /** Whether the model has a second, stacked pass ({@link FeatureExtractor#stack}). */
  public boolean stacked() {
    return second != null;
  }

  LinearChainModel firstPass() {
    return model;
  }

  /** This model with another margin for the {@link FamilyNames} rule (0: off). */
  NerTagger withFamilyMargin(float margin) {
    return new NerTagger(model, second, clusters, margin);
  }

  float familyMargin() {
    return familyMargin;
  }

  /** The second pass, or null. */
  LinearChainModel secondPass() {
    return second;
  }

  WordClusters clusters() {
    return clusters;
  }

  FeatureExtractor extractor() {
    return extractor;
  }

  /**
   * The first pass's label indices ({@link #labelSet()} order) of a document's sentences, each tagged whole (for
   * training: {@link PerceptronTrainer.Stacking}).
   */
  int[][] firstPassLabels(List<List<String>> sentences) {
    return decodeFirst(extractor.extractDocument(sentences));
  }

  /** The first pass's label indices for the keys of a document's pieces. */
  private int[][] decodeFirst(long[][][] keys) {
    int[][] out = new int[keys.length][];
    for (int p = 0; p < keys.length; p++) {
      out[p] = model.decode(keys[p]);
    }
    return out;
  }

  /**
   * BIO labels ({@code B-PERS}, {@code I-LOC}, {@code O}, …) for the tokens of one sentence, one per token. A list
   * longer than {@link Limits#MAX_NER_SENTENCE_TOKENS} is tagged in pieces of that many tokens.
   */
  public List<String> labels(List<String> tokens) {
    return labelDocument(List.of(tokens)).getFirst();
  }

  /**
   * BIO labels for the sentences of one document, in order. Each sentence is tagged with the document's other
   * sentences as context (the document cues of {@link FeatureExtractor#extractDocument}): a name introduced with a
   * title is then also found where it stands alone. A sentence longer than {@link Limits#MAX_NER_SENTENCE_TOKENS}
   * is tagged in pieces of that many tokens.
   */
  public List<List<String>> labelDocument(List<List<String>> sentences) {
    List<List<String>> pieces = new ArrayList<>();
    for (List<String> s : sentences) {
      for (int from = 0; from == 0 || from < s.size(); from += Limits.MAX_NER_SENTENCE_TOKENS) {
        pieces.add(s.subList(from, Math.min(s.size(), from + Limits.MAX_NER_SENTENCE_TOKENS)));
      }
    }
    long[][][] keys = extractor.extractDocument(pieces);
    int[][] decoded;
    float[][][] finalEmissions;
    float[] finalTransitions;
    if (second == null) {
      finalEmissions = new float[keys.length][][];
      decoded = new int[keys.length][];
      for (int q = 0; q < keys.length; q++) {
        finalEmissions[q] = model.emissions(keys[q]);
        decoded[q] = LinearChainModel.viterbi(finalEmissions[q], model.transitions(), allowed, model.numLabels());
      }
      finalTransitions = model.transitions();
    } else {
      // One lookup per key gives both passes' weights; the second pass then adds its own few features.
      decoded = new int[keys.length][];
      float[][][] secondEmissions = new float[keys.length][][];
      for (int q = 0; q < keys.length; q++) {
        float[][] em = new float[keys[q].length][model.numLabels()];
        secondEmissions[q] = new float[keys[q].length][model.numLabels()];
        both.emissions(keys[q], em, secondEmissions[q]);
        decoded[q] = LinearChainModel.viterbi(em, model.transitions(), allowed, model.numLabels());
      }
      long[][][] stackedKeys = extractor.stack(pieces, decoded, model.labels());
      for (int q = 0; q < keys.length; q++) {
        both.secondEmissions(stackedKeys[q], secondEmissions[q]);
        decoded[q] = LinearChainModel.viterbi(secondEmissions[q], second.transitions(), allowed, model.numLabels());
      }
      finalEmissions = secondEmissions;
      finalTransitions = second.transitions();
    }
    if (familyMargin > 0) {
      for (int q = 0; q < keys.length; q++) {
        List<String> piece = pieces.get(q);
        boolean[] given = new boolean[piece.size()];
        boolean[] candidate = new boolean[piece.size()];
        for (int i = 0; i < given.length; i++) {
          // A given name introduced by a title within the three words before it (الرئيس الإيراني إبراهيم).
          boolean titled = false;
          for (int d = 1; d <= 3 && i - d >= 0 && !titled; d++) {
            titled = extractor.isPersonTitle(piece.get(i - d));
          }
          given[i] = titled && extractor.isGivenName(piece.get(i));
          candidate[i] = extractor.mayBeFamilyName(piece.get(i));
        }
        decoded[q] = FamilyNames.apply(decoded[q], finalEmissions[q], finalTransitions, allowed, model.numLabels(),
            given, candidate, bPers, iPers, familyMargin);
      }
    }
    List<List<String>> out = new ArrayList<>(sentences.size());
    int p = 0;
    for (List<String> s : sentences) {
      List<String> labels = new ArrayList<>(s.size());
      for (int from = 0; from == 0 || from < s.size(); from += Limits.MAX_NER_SENTENCE_TOKENS) {
        for (int y : decoded[p++]) {
          labels.add(model.labels().get(y));
        }
      }
      out.add(labels);
    }
    return out;
  }

  /** The mentions in a text: tokenized ({@link ArabicTokenizer}), tagged, and BIO runs joined. */
  public List<Mention> mentions(String text) {
    return mentions(ArabicTokenizer.tokenize(text), text);
  }

  /**
   * The mentions of already-tokenized text (offsets from the tokens). The tokens are tagged sentence by sentence,
   * the text being one document ({@link #labelDocument}): a sentence ends after {@code .}, {@code !}, {@code ?},
   * {@code ؟} and at a line break between two tokens.
   */
  public List<Mention> mentions(List<Token> tokens, String text) {
    Objects.requireNonNull(text, "text");
    List<int[]> bounds = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = i + 1 == tokens.size() || isSentenceEnd(tokens.get(i).text())
          || lineBreakBetween(text, tokens.get(i).end(), tokens.get(i + 1).start());
      if (end) {
        bounds.add(new int[] {start, i + 1});
        sentences.add(tokens.subList(start, i + 1).stream().map(Token::text).toList());
        start = i + 1;
      }
    }
    List<List<String>> labels = labelDocument(sentences);
    List<Mention> out = new ArrayList<>();
    for (int s = 0; s < bounds.size(); s++) {
      addMentions(tokens, bounds.get(s)[0], sentences.get(s), labels.get(s), text, out);
    }
    return out;
  }

  private static void addMentions(List<Token> tokens, int from, List<String> words, List<String> labels, String text,
      List<Mention> out) {
    for (Bio.Span span : Bio.spans(labels)) {
      EntityType type = EntityType.fromTag(span.type());
      if (type == null) {
        continue;
      }
      Token first = tokens.get(from + span.start());
      Token last = tokens.get(from + span.end() - 1);
      int s = first.start();
      int e = last.end();
      String mentionText = s >= 0 && e <= text.length() && s <= e ? text.substring(s, e)
          : String.join(" ", words.subList(span.start(), span.end()));
      out.add(new Mention(type, mentionText, s, e, from + span.start(), from + span.end()));
    }
  }

  private static boolean isSentenceEnd(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("\u061F");
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
