package org.rasid.nlp.ner;

/**
 * 64-bit feature keys: FNV-1a over the chars of a value, then a template id mixed in with MurmurHash3's finalizer.
 * Collisions between two of a model's ~10⁶ features have a probability near 10⁻⁷, so keys stand for the features
 * themselves. The functions are pure and fixed: a model's keys depend on them, so changing them changes the model
 * format version.
 */
final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  /** The hash of {@code s[from, to)}. */
  static long chars(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** The hash of a whole string. */
  static long chars(CharSequence s) {
    return chars(s, 0, s.length());
  }

  /** A feature key: template {@code template} with value {@code value}. */
  static long key(int template, long value) {
    return mix(value + (template + 1) * GOLDEN);
  }

  /** A feature key over two values (a bigram, a pair of shapes). */
  static long key(int template, long a, long b) {
    return mix(mix(a + (template + 1) * GOLDEN) ^ (b * FNV_PRIME));
  }

  /** MurmurHash3's 64-bit finalizer. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53ec53L;
    h ^= h >>> 33;
    return h;
  }
}
