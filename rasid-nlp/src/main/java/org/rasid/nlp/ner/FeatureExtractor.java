package org.rasid.nlp.ner;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.core.io.Limits;
import org.rasid.core.text.ArabicNormalizer;

/**
 * The tagger's features: for each token of a sentence, the 64-bit keys ({@link Hashing}) of the features that fire.
 * The feature set, with the window in tokens:
 *
 * <ul>
 *   <li>bias; the word as written; its normalized form (N, {@link ArabicNormalizer}) at −2…+2; its clitic-stripped
 *       stem (S, {@link Clitics}) at −1…+1; the proclitics and the enclitic stripped;
 *   <li>prefixes and suffixes of N (1–4 chars) and of S (1–3 chars);
 *   <li>word shape (Arabic letters, Latin, digits, tatweel, each punctuation char; repeats collapsed) at −1…+1, the
 *       shape pairs (−1,0) and (0,+1), and the stem length bucket;
 *   <li>the normalized bigrams (−1,0) and (0,+1), the stem bigram (−1,0);
 *   <li>the trigger class ({@link Triggers}) at −2…+2, and the trigger class at −1 with the stem at 0;
 *   <li>the place gazetteer ({@link Places}): B/I of the longest name match at −1…+1 and its length;
 *   <li>the word clusters ({@link WordClusters}) of S at −1…+1, at each granularity;
 *   <li>the trigger class at −3 and −4; up to {@value #MAX_TRIGRAMS} character trigrams of S; the last two chars
 *       of N at −1 and +1 (nisba adjectives: الرئيس اللبناني ...);
 *   <li>sentence start;
 *   <li>the name gazetteer ({@link Names}): each bit at −1…+1, the bit sets of the pairs (−1,0) and (0,+1) (a given
 *       name before an unknown word: إبراهيم رئيسي), and the trigger class at −1 with the bits at 0;
 *   <li>document cues ({@link #extractDocument}): which trigger classes the token's stem followed anywhere in the
 *       sentences within {@value #DOCUMENT_WINDOW} of this one (window 8 chosen on dev among 4, 8 and 20).
 * </ul>
 *
 * Thread-safe: holds only immutable lexicons.
 */
final class FeatureExtractor {
  // Template ids: part of the model format (keys depend on them).
  private static final int BIAS = 0;
  private static final int WORD = 1;
  private static final int NORM = 2; // +offset (−2…+2 → 2…6)
  private static final int STEM = 10; // −1…+1 → 10…12
  private static final int PROCLITICS = 14;
  private static final int ENCLITIC = 15;
  private static final int PREFIX = 16; // 16…19
  private static final int SUFFIX = 20; // 20…23
  private static final int STEM_PREFIX = 24; // 24…26
  private static final int STEM_SUFFIX = 27; // 27…29
  private static final int SHAPE = 30; // 30…32
  private static final int SHAPE_PAIR = 33; // 33…34
  private static final int LENGTH = 35;
  private static final int BIGRAM = 36; // 36…37
  private static final int STEM_BIGRAM = 38;
  private static final int TRIGGER = 40; // 40…44
  private static final int TRIGGER_STEM = 45;
  private static final int PLACE = 46; // 46…48
  private static final int PLACE_LENGTH = 49;
  private static final int CLUSTER = 50; // 50 + 3 * granularity + offset
  private static final int FIRST = 70;
  private static final int TRIGGER_FAR = 71; // −3, −4 → 71, 72
  private static final int TRIGRAM = 73;
  private static final int NEIGHBOUR_SUFFIX = 74; // −1, +1 → 74, 75
  private static final int DOCUMENT_CUE = 76; // 76: one bit, 77: all bits
  private static final int NAME = 78; // −1…+1 → 78…80, one key per bit
  private static final int NAME_PAIR = 81; // (−1,0), (0,+1) → 81, 82
  private static final int TRIGGER_NAME = 83; // trigger class at −1 with the name bits at 0
  // Second pass ({@link #stack}): the first pass's labels.
  private static final int FIRST_LABEL = 90; // −1…+1 → 90…92
  private static final int STEM_LABEL = 93; // a label the stem got elsewhere in the document
  private static final int STEM_TYPES = 94; // the set of entity types the stem got elsewhere
  private static final int STEM_MAJORITY = 95; // the stem's most frequent label elsewhere (O included)
  private static final int STEM_LABEL_HERE = 96; // the first-pass label here with the set of types elsewhere
  /** Most character trigrams taken from one word. */
  private static final int MAX_TRIGRAMS = 10;

  /**
   * Where a token's own identity features sit in its key array: the word, N at 0 and S at 0. Training may hide them
   * ({@link PerceptronTrainer.Settings#wordDropout()}) so that context features learn to find unseen names.
   */
  static final int[] IDENTITY_SLOTS = {1, 4, 8};

  private static final long PAD_BEFORE = Hashing.chars("<s>");
  private static final long PAD_AFTER = Hashing.chars("</s>");
  private static final int PLACE_B = 1;
  private static final int PLACE_I = 2;

  private final Places places;
  private final WordClusters clusters;
  private final Names names;
  private final ConcurrentHashMap<String, Word> cache = new ConcurrentHashMap<>();

  /** Features without the name gazetteer ({@link Names#NONE}). */
  FeatureExtractor(Places places, WordClusters clusters) {
    this(places, clusters, Names.NONE);
  }

  FeatureExtractor(Places places, WordClusters clusters, Names names) {
    this.places = places;
    this.clusters = clusters;
    this.names = names;
  }

  /**
   * What the features need of one word, whatever its context: computed once per distinct word and cached (up to
   * {@link Limits#MAX_NER_WORD_CACHE} words), which is most of the tagger's speed on running text.
   */
  private record Word(String norm, String stem, long normHash, long stemHash, long shapeHash, long suffix2Hash,
      int trigger, int names, int[] cluster, String[] placeStarts, long[] own) {}

  private Word word(String word) {
    Word w = cache.get(word);
    if (w == null) {
      w = computeWord(word);
      if (cache.size() < Limits.MAX_NER_WORD_CACHE) {
        cache.putIfAbsent(word, w);
      }
    }
    return w;
  }

  private Word computeWord(String word) {
    String norm = ArabicNormalizer.normalizeForSearch(word);
    Clitics.Split split = Clitics.split(norm);
    String stem = split.stem();
    // The word as written, then without one, two, … of its proclitics: each form that starts a place name.
    List<String> placeStarts = new java.util.ArrayList<>(2);
    int cut = 0;
    String[] parts = split.proclitics().isEmpty() ? new String[0] : split.proclitics().split("\\+");
    for (int p = 0; p <= parts.length; p++) {
      String form = norm.substring(cut);
      if (places.startsPlace(form)) {
        placeStarts.add(form);
      }
      if (p < parts.length) {
        cut += parts[p].length();
      }
    }
    long[] buf = new long[40];
    int k = 0;
    buf[k++] = Hashing.key(WORD, Hashing.chars(word));
    buf[k++] = Hashing.key(PROCLITICS, Hashing.chars(split.proclitics()));
    buf[k++] = Hashing.key(ENCLITIC, Hashing.chars(split.enclitic()));
    int len = norm.length();
    for (int a = 1; a <= 4 && a <= len; a++) {
      buf[k++] = Hashing.key(PREFIX + a - 1, Hashing.chars(norm, 0, a));
      buf[k++] = Hashing.key(SUFFIX + a - 1, Hashing.chars(norm, len - a, len));
    }
    int slen = stem.length();
    for (int a = 1; a <= 3 && a < slen; a++) {
      buf[k++] = Hashing.key(STEM_PREFIX + a - 1, Hashing.chars(stem, 0, a));
      buf[k++] = Hashing.key(STEM_SUFFIX + a - 1, Hashing.chars(stem, slen - a, slen));
    }
    buf[k++] = Hashing.key(LENGTH, lengthBucket(slen));
    for (int a = 0; a + 3 <= slen && a < MAX_TRIGRAMS; a++) {
      buf[k++] = Hashing.key(TRIGRAM, Hashing.chars(stem, a, a + 3));
    }
    long suffix2 = len >= 3 ? Hashing.chars(norm, len - 2, len) : 0;
    return new Word(norm, stem, Hashing.chars(norm), Hashing.chars(stem), Hashing.chars(shape(word)), suffix2,
        Triggers.of(stem), names.of(stem), clusters.of(stem), placeStarts.toArray(String[]::new), Arrays.copyOf(buf, k));
  }

  /** Whether a word is a known given name ({@link Names#GIVEN}). */
  boolean isGivenName(String word) {
    return (word(word).names() & Names.GIVEN) != 0;
  }

  /** Whether a word is a title or role before a person's name ({@link Triggers#PERSON}: الرئيس, الوزير, الشيخ). */
  boolean isPersonTitle(String word) {
    return word(word).trigger() == Triggers.PERSON;
  }

  /**
   * Whether a word may be a family name for {@link FamilyNames}: Arabic letters only, a bare stem (no proclitic, no
   * pronoun) of three letters or more, no trigger word and no place name.
   */
  boolean mayBeFamilyName(String word) {
    Word w = word(word);
    if (w.stem().length() < 3 || !w.stem().equals(w.norm()) || w.trigger() != Triggers.NONE
        || w.placeStarts().length > 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!ArabicNormalizer.isArabicLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Sentences before and after a sentence whose cues ({@link #cues}) its tokens see. */
  static final int DOCUMENT_WINDOW = 8;

  /**
   * The feature keys of a document's sentences, in order: each sentence with the document cues of the sentences
   * within {@value #DOCUMENT_WINDOW} of it (itself included), so that a name seen once after a title (الرئيس
   * اللبناني إميل لحود) is recognized where it stands alone (وقال لحود).
   */
  long[][][] extractDocument(List<List<String>> sentences) {
    int n = sentences.size();
    List<java.util.Map<Long, Integer>> cues = new java.util.ArrayList<>(n);
    for (List<String> s : sentences) {
      cues.add(cues(s));
    }
    long[][][] out = new long[n][][];
    if (n == 1) {
      out[0] = extract(sentences.getFirst(), cues.getFirst());
      return out;
    }
    java.util.Map<Long, Integer> merged = new java.util.HashMap<>();
    for (int s = 0; s < n; s++) {
      merged.clear();
      for (int t = Math.max(0, s - DOCUMENT_WINDOW); t <= Math.min(n - 1, s + DOCUMENT_WINDOW); t++) {
        cues.get(t).forEach((k, bits) -> merged.merge(k, bits, (a, b) -> a | b));
      }
      out[s] = extract(sentences.get(s), merged);
    }
    return out;
  }

  /**
   * Cue bits: the stem was seen one or two tokens after a person title (الرئيس لحود, الرئيس اللبناني لحود), or just
   * after an organization head, a place noun, a verb of saying, a name particle.
   */
  private static final int CUE_PERSON = 1;
  private static final int CUE_ORGANIZATION = 2;
  private static final int CUE_LOCATION = 4;
  private static final int CUE_SPEECH = 8;
  private static final int CUE_NAME_PART = 16;

  /** The cues of one sentence's stems: stem hash → the bits of the trigger classes seen just before it. */
  java.util.Map<Long, Integer> cues(List<String> words) {
    java.util.Map<Long, Integer> out = null;
    Word prev2 = null;
    Word prev = null;
    for (String word : words) {
      Word w = word(word);
      if (w.stem().length() >= 3 && w.trigger() == Triggers.NONE && Character.isLetter(w.stem().charAt(0))) {
        int bits = 0;
        int t1 = prev == null ? Triggers.NONE : prev.trigger();
        int t2 = prev2 == null ? Triggers.NONE : prev2.trigger();
        if (t1 == Triggers.PERSON || t2 == Triggers.PERSON) {
          bits |= CUE_PERSON;
        }
        if (t1 == Triggers.ORGANIZATION) {
          bits |= CUE_ORGANIZATION;
        }
        if (t1 == Triggers.LOCATION) {
          bits |= CUE_LOCATION;
        }
        if (t1 == Triggers.SPEECH) {
          bits |= CUE_SPEECH;
        }
        if (t1 == Triggers.NAME_PART) {
          bits |= CUE_NAME_PART;
        }
        if (bits != 0) {
          if (out == null) {
            out = new java.util.HashMap<>();
          }
          out.merge(w.stemHash(), bits, (a, b) -> a | b);
        }
      }
      prev2 = prev;
      prev = w;
    }
    return out == null ? java.util.Map.of() : out;
  }

  /** The feature keys of each token of {@code words}, without document cues. */
  long[][] extract(List<String> words) {
    return extract(words, null);
  }

  /** The feature keys of each token of {@code words}; {@code documentCues} may be null. */
  long[][] extract(List<String> words, java.util.Map<Long, Integer> documentCues) {
    int n = words.size();
    Word[] v = new Word[n];
    long[] normHash = new long[n];
    long[] stemHash = new long[n];
    long[] shapeHash = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = word(words.get(i));
      normHash[i] = v[i].normHash();
      stemHash[i] = v[i].stemHash();
      shapeHash[i] = v[i].shapeHash();
    }
    int[] place = new int[n];
    int[] placeLength = new int[n];
    markPlaces(v, place, placeLength);
    long[][] out = new long[n][];
    long[] buf = new long[128];
    for (int i = 0; i < n; i++) {
      Word w = v[i];
      long[] own = w.own();
      int k = 0;
      buf[k++] = Hashing.key(BIAS, 0);
      buf[k++] = own[0]; // WORD: slot 1 of IDENTITY_SLOTS
      for (int d = -2; d <= 2; d++) {
        buf[k++] = Hashing.key(NORM + 2 + d, at(normHash, i + d, n));
      }
      for (int d = -1; d <= 1; d++) {
        buf[k++] = Hashing.key(STEM + 1 + d, at(stemHash, i + d, n));
      }
      System.arraycopy(own, 1, buf, k, own.length - 1);
      k += own.length - 1;
      for (int d = -1; d <= 1; d++) {
        buf[k++] = Hashing.key(SHAPE + 1 + d, at(shapeHash, i + d, n));
      }
      buf[k++] = Hashing.key(SHAPE_PAIR, at(shapeHash, i - 1, n), shapeHash[i]);
      buf[k++] = Hashing.key(SHAPE_PAIR + 1, shapeHash[i], at(shapeHash, i + 1, n));
      buf[k++] = Hashing.key(BIGRAM, at(normHash, i - 1, n), normHash[i]);
      buf[k++] = Hashing.key(BIGRAM + 1, normHash[i], at(normHash, i + 1, n));
      buf[k++] = Hashing.key(STEM_BIGRAM, at(stemHash, i - 1, n), stemHash[i]);
      for (int d = -2; d <= 2; d++) {
        int j = i + d;
        int t = j < 0 || j >= n ? -1 : v[j].trigger();
        if (t != Triggers.NONE) {
          buf[k++] = Hashing.key(TRIGGER + 2 + d, t);
        }
      }
      if (i > 0 && v[i - 1].trigger() != Triggers.NONE) {
        buf[k++] = Hashing.key(TRIGGER_STEM, v[i - 1].trigger(), stemHash[i]);
      }
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        if (j >= 0 && j < n && place[j] != 0) {
          buf[k++] = Hashing.key(PLACE + 1 + d, place[j]);
        }
      }
      if (place[i] != 0) {
        buf[k++] = Hashing.key(PLACE_LENGTH, placeLength[i]);
      }
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        int[] c = j < 0 || j >= n ? null : v[j].cluster();
        if (c != null) {
          for (int g = 0; g < c.length; g++) {
            buf[k++] = Hashing.key(CLUSTER + 3 * g + 1 + d, c[g]);
          }
        }
      }
      if (i == 0) {
        buf[k++] = Hashing.key(FIRST, 0);
      }
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        int bits = j < 0 || j >= n ? 0 : v[j].names();
        for (int b = 0; bits != 0 && b < Names.BITS; b++) {
          if ((bits & (1 << b)) != 0) {
            buf[k++] = Hashing.key(NAME + 1 + d, b);
          }
        }
      }
      int before = i > 0 ? v[i - 1].names() : 0;
      int after = i + 1 < n ? v[i + 1].names() : 0;
      if (before != 0 || w.names() != 0) {
        buf[k++] = Hashing.key(NAME_PAIR, before, w.names());
      }
      if (after != 0 || w.names() != 0) {
        buf[k++] = Hashing.key(NAME_PAIR + 1, w.names(), after);
      }
      if (w.names() != 0 && i > 0) {
        buf[k++] = Hashing.key(TRIGGER_NAME, v[i - 1].trigger(), w.names());
      }
      if (documentCues != null && !documentCues.isEmpty()) {
        Integer bits = documentCues.get(stemHash[i]);
        if (bits != null) {
          for (int b = 0; b < 5; b++) {
            if ((bits & (1 << b)) != 0) {
              buf[k++] = Hashing.key(DOCUMENT_CUE, b);
            }
          }
          buf[k++] = Hashing.key(DOCUMENT_CUE + 1, bits);
        }
      }
      for (int d = 3; d <= 4; d++) {
        if (i - d >= 0 && v[i - d].trigger() != Triggers.NONE) {
          buf[k++] = Hashing.key(TRIGGER_FAR + d - 3, v[i - d].trigger());
        }
      }
      if (i > 0 && v[i - 1].suffix2Hash() != 0) {
        buf[k++] = Hashing.key(NEIGHBOUR_SUFFIX, v[i - 1].suffix2Hash());
      }
      if (i + 1 < n && v[i + 1].suffix2Hash() != 0) {
        buf[k++] = Hashing.key(NEIGHBOUR_SUFFIX + 1, v[i + 1].suffix2Hash());
      }
      out[i] = Arrays.copyOf(buf, k);
    }
    return out;
  }

  /**
   * The second pass's own feature keys (it also sees the first pass's, {@link #concat}): features of the first
   * pass's labels ({@code labels}, indices into {@code labelSet}) of a document's sentences: the labels at −1…+1,
   * and what the same stem was labelled elsewhere in the sentences within {@value #DOCUMENT_WINDOW} of this one
   * (each label, the set of entity types, the most frequent label), so that a name found once is found again where
   * its context is weaker. The token's own label is not counted as "elsewhere".
   */
  long[][][] stack(List<List<String>> sentences, int[][] labels, List<String> labelSet) {
    int n = sentences.size();
    int numLabels = labelSet.size();
    int[] typeBit = new int[numLabels];
    java.util.Map<String, Integer> types = new java.util.TreeMap<>();
    for (int l = 0; l < numLabels; l++) {
      String label = labelSet.get(l);
      if (label.length() > 2) {
        types.putIfAbsent(label.substring(2), types.size());
        typeBit[l] = 1 << types.get(label.substring(2));
      }
    }
    // Every token in document order; the tokens of one stem listed together, in document order (counting sort).
    int total = 0;
    for (int[] l : labels) {
      total += l.length;
    }
    int[] sentenceOf = new int[total];
    int[] labelOf = new int[total];
    int[] group = new int[total];
    LongIntMap groups = new LongIntMap(Math.max(16, total / 2));
    int[] groupSize = new int[total + 1];
    int t = 0;
    for (int s = 0; s < n; s++) {
      List<String> words = sentences.get(s);
      for (int i = 0; i < labels[s].length; i++, t++) {
        sentenceOf[t] = s;
        labelOf[t] = labels[s][i];
        Word w = word(words.get(i));
        if (w.stem().length() < 2 || !Character.isLetter(w.stem().charAt(0))) {
          group[t] = -1;
          continue;
        }
        int g = groups.get(w.stemHash());
        if (g < 0) {
          g = groups.size();
          groups.put(w.stemHash(), g);
        }
        group[t] = g;
        groupSize[g + 1]++;
      }
    }
    int[] start = groupSize; // prefix sums in place: start[g] … start[g + 1]
    for (int g = 0; g < groups.size(); g++) {
      start[g + 1] += start[g];
    }
    int[] fill = java.util.Arrays.copyOf(start, groups.size() + 1);
    int[] members = new int[total];
    int[] place = new int[total];
    for (int u = 0; u < total; u++) {
      if (group[u] >= 0) {
        place[u] = fill[group[u]];
        members[fill[group[u]]++] = u;
      }
    }
    long[][][] out = new long[n][][];
    long[] buf = new long[32];
    int[] c = new int[numLabels];
    t = 0;
    for (int s = 0; s < n; s++) {
      int len = labels[s].length;
      out[s] = new long[len][];
      for (int i = 0; i < len; i++, t++) {
        int k = 0;
        for (int d = -1; d <= 1; d++) {
          int j = i + d;
          buf[k++] = Hashing.key(FIRST_LABEL + 1 + d, j < 0 ? -1 : j >= len ? -2 : labels[s][j]);
        }
        int g = group[t];
        int others = 0;
        if (g >= 0) {
          java.util.Arrays.fill(c, 0);
          for (int q = place[t] - 1; q >= start[g] && sentenceOf[members[q]] >= s - DOCUMENT_WINDOW; q--) {
            c[labelOf[members[q]]]++;
            others++;
          }
          for (int q = place[t] + 1; q < start[g + 1] && sentenceOf[members[q]] <= s + DOCUMENT_WINDOW; q++) {
            c[labelOf[members[q]]]++;
            others++;
          }
        }
        if (others > 0) {
          int bits = 0;
          int best = -1;
          for (int l = 0; l < numLabels; l++) {
            if (c[l] > 0 && l != 0) {
              buf[k++] = Hashing.key(STEM_LABEL, l);
              bits |= typeBit[l];
            }
            if (c[l] > 0 && (best < 0 || c[l] > c[best])) {
              best = l;
            }
          }
          buf[k++] = Hashing.key(STEM_TYPES, bits);
          buf[k++] = Hashing.key(STEM_MAJORITY, best);
          buf[k++] = Hashing.key(STEM_LABEL_HERE, labels[s][i], bits);
        }
        out[s][i] = Arrays.copyOf(buf, k);
      }
    }
    return out;
  }

  /**
   * Each token's keys of {@code a} that {@code keep} holds, followed by its keys of {@code b} (same sentences and
   * lengths): the second pass sees the first pass's features that survived its pruning, and its own.
   */
  static long[][][] concat(long[][][] a, LongIntMap keep, long[][][] b) {
    long[][][] out = new long[a.length][][];
    for (int s = 0; s < a.length; s++) {
      out[s] = new long[a[s].length][];
      for (int i = 0; i < a[s].length; i++) {
        long[] row = new long[a[s][i].length + b[s][i].length];
        int k = 0;
        for (long key : a[s][i]) {
          if (keep.get(key) >= 0) {
            row[k++] = key;
          }
        }
        System.arraycopy(b[s][i], 0, row, k, b[s][i].length);
        out[s][i] = Arrays.copyOf(row, k + b[s][i].length);
      }
    }
    return out;
  }

  /**
   * Longest gazetteer matches, left to right: the first token as written or without one or more of its proclitics
   * (وبيروت: بيروت), the rest as written (normalized).
   */
  private void markPlaces(Word[] v, int[] place, int[] placeLength) {
    int n = v.length;
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < n) {
      int found = 0;
      for (String start : v[i].placeStarts()) {
        for (int len = Math.min(Places.MAX_TOKENS, n - i); len > found; len--) {
          sb.setLength(0);
          sb.append(start);
          for (int j = i + 1; j < i + len; j++) {
            sb.append(' ').append(v[j].norm());
          }
          if (places.contains(sb.toString())) {
            found = len;
          }
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      for (int j = i; j < i + found; j++) {
        place[j] = j == i ? PLACE_B : PLACE_I;
        placeLength[j] = found;
      }
      i += found;
    }
  }

  private static long at(long[] hashes, int i, int n) {
    if (i < 0) {
      return PAD_BEFORE + i;
    }
    if (i >= n) {
      return PAD_AFTER + (i - n);
    }
    return hashes[i];
  }

  private static int lengthBucket(int len) {
    if (len <= 3) {
      return len;
    }
    return len <= 5 ? 4 : len <= 7 ? 5 : 6;
  }

  /**
   * The shape of a word: one symbol per run of Arabic letters ({@code a}), Latin capitals ({@code X}) or small
   * letters ({@code x}), digits ({@code 9}), tatweel ({@code _}) or diacritics ({@code ~}); any other char stands
   * for itself.
   */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char s;
      if (c == '\u0640') {
        s = '_';
      } else if (ArabicNormalizer.isArabicLetter(c)) {
        s = 'a';
      } else if (Character.isDigit(c)) {
        s = '9';
      } else if (Character.isUpperCase(c)) {
        s = 'X';
      } else if (Character.isLetter(c)) {
        s = 'x';
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        s = '~';
      } else {
        s = c;
      }
      if (s != last) {
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }
}
