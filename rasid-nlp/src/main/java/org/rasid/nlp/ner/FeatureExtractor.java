package org.rasid.nlp.ner;

import java.util.List;
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
 *   <li>sentence start.
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

  FeatureExtractor(Places places, WordClusters clusters) {
    this.places = places;
    this.clusters = clusters;
  }

  /** Per-token views of a sentence, computed once and shared by the window features. */
  private static final class Views {
    final String[] norm;
    final String[] stem;
    final long[] normHash;
    final long[] stemHash;
    final long[] shapeHash;
    final int[] trigger;
    final int[] place;
    final int[] placeLength;
    final int[][] cluster;

    Views(int n) {
      norm = new String[n];
      stem = new String[n];
      normHash = new long[n];
      stemHash = new long[n];
      shapeHash = new long[n];
      trigger = new int[n];
      place = new int[n];
      placeLength = new int[n];
      cluster = new int[n][];
    }
  }

  /** The feature keys of each token of {@code words}. */
  long[][] extract(List<String> words) {
    int n = words.size();
    Views v = new Views(n);
    String[] proclitics = new String[n];
    String[] enclitics = new String[n];
    for (int i = 0; i < n; i++) {
      String norm = ArabicNormalizer.normalizeForSearch(words.get(i));
      Clitics.Split split = Clitics.split(norm);
      v.norm[i] = norm;
      v.stem[i] = split.stem();
      proclitics[i] = split.proclitics();
      enclitics[i] = split.enclitic();
      v.normHash[i] = Hashing.chars(norm);
      v.stemHash[i] = Hashing.chars(split.stem());
      v.shapeHash[i] = Hashing.chars(shape(words.get(i)));
      v.trigger[i] = Triggers.of(split.stem());
      v.cluster[i] = clusters.of(split.stem());
    }
    markPlaces(v, n);
    long[][] out = new long[n][];
    long[] buf = new long[128];
    for (int i = 0; i < n; i++) {
      int k = 0;
      String word = words.get(i);
      String norm = v.norm[i];
      String stem = v.stem[i];
      buf[k++] = Hashing.key(BIAS, 0);
      buf[k++] = Hashing.key(WORD, Hashing.chars(word));
      for (int d = -2; d <= 2; d++) {
        buf[k++] = Hashing.key(NORM + 2 + d, at(v.normHash, i + d, n));
      }
      for (int d = -1; d <= 1; d++) {
        buf[k++] = Hashing.key(STEM + 1 + d, at(v.stemHash, i + d, n));
      }
      buf[k++] = Hashing.key(PROCLITICS, Hashing.chars(proclitics[i]));
      buf[k++] = Hashing.key(ENCLITIC, Hashing.chars(enclitics[i]));
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
      for (int d = -1; d <= 1; d++) {
        buf[k++] = Hashing.key(SHAPE + 1 + d, at(v.shapeHash, i + d, n));
      }
      buf[k++] = Hashing.key(SHAPE_PAIR, at(v.shapeHash, i - 1, n), v.shapeHash[i]);
      buf[k++] = Hashing.key(SHAPE_PAIR + 1, v.shapeHash[i], at(v.shapeHash, i + 1, n));
      buf[k++] = Hashing.key(LENGTH, lengthBucket(slen));
      buf[k++] = Hashing.key(BIGRAM, at(v.normHash, i - 1, n), v.normHash[i]);
      buf[k++] = Hashing.key(BIGRAM + 1, v.normHash[i], at(v.normHash, i + 1, n));
      buf[k++] = Hashing.key(STEM_BIGRAM, at(v.stemHash, i - 1, n), v.stemHash[i]);
      for (int d = -2; d <= 2; d++) {
        int j = i + d;
        int t = j < 0 || j >= n ? -1 : v.trigger[j];
        if (t != Triggers.NONE) {
          buf[k++] = Hashing.key(TRIGGER + 2 + d, t);
        }
      }
      if (i > 0 && v.trigger[i - 1] != Triggers.NONE) {
        buf[k++] = Hashing.key(TRIGGER_STEM, v.trigger[i - 1], v.stemHash[i]);
      }
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        if (j >= 0 && j < n && v.place[j] != 0) {
          buf[k++] = Hashing.key(PLACE + 1 + d, v.place[j]);
        }
      }
      if (v.place[i] != 0) {
        buf[k++] = Hashing.key(PLACE_LENGTH, v.placeLength[i]);
      }
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        int[] c = j < 0 || j >= n ? null : v.cluster[j];
        if (c != null) {
          for (int g = 0; g < c.length; g++) {
            buf[k++] = Hashing.key(CLUSTER + 3 * g + 1 + d, c[g]);
          }
        }
      }
      if (i == 0) {
        buf[k++] = Hashing.key(FIRST, 0);
      }
      for (int d = 3; d <= 4; d++) {
        if (i - d >= 0 && v.trigger[i - d] != Triggers.NONE) {
          buf[k++] = Hashing.key(TRIGGER_FAR + d - 3, v.trigger[i - d]);
        }
      }
      for (int a = 0; a + 3 <= slen && a < MAX_TRIGRAMS; a++) {
        buf[k++] = Hashing.key(TRIGRAM, Hashing.chars(stem, a, a + 3));
      }
      if (i > 0 && v.norm[i - 1].length() >= 3) {
        String p = v.norm[i - 1];
        buf[k++] = Hashing.key(NEIGHBOUR_SUFFIX, Hashing.chars(p, p.length() - 2, p.length()));
      }
      if (i + 1 < n && v.norm[i + 1].length() >= 3) {
        String p = v.norm[i + 1];
        buf[k++] = Hashing.key(NEIGHBOUR_SUFFIX + 1, Hashing.chars(p, p.length() - 2, p.length()));
      }
      out[i] = java.util.Arrays.copyOf(buf, k);
    }
    return out;
  }

  /** Longest gazetteer matches, left to right: the first token (without its proclitics) and the rest normalized. */
  private void markPlaces(Views v, int n) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < n) {
      int found = 0;
      for (int len = Math.min(Places.MAX_TOKENS, n - i); len >= 1 && found == 0; len--) {
        for (int variant = 0; variant < 2 && found == 0; variant++) {
          sb.setLength(0);
          sb.append(variant == 0 ? v.norm[i] : Clitics.stripProclitics(v.norm[i]));
          for (int j = i + 1; j < i + len; j++) {
            sb.append(' ').append(v.norm[j]);
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
        v.place[j] = j == i ? PLACE_B : PLACE_I;
        v.placeLength[j] = found;
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
