package org.rasid.nlp.ner;

/**
 * An open-addressing map from {@code long} keys to non-negative {@code int} values, without boxing. Each slot keeps
 * its key and value side by side in one {@code long[]}, so a lookup touches one cache line.
 */
final class LongIntMap {
  private static final long ABSENT = -1;
  /** {@code table[2 * slot]}: the key; {@code table[2 * slot + 1]}: the value, or {@link #ABSENT}. */
  private long[] table;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    allocate(cap);
  }

  private void allocate(int cap) {
    table = new long[2 * cap];
    for (int i = 1; i < table.length; i += 2) {
      table[i] = ABSENT;
    }
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long v = table[2 * i + 1];
      if (v == ABSENT || table[2 * i] == key) {
        return (int) v;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets {@code key} to {@code value} ({@code value >= 0}). */
  void put(long key, int value) {
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (table[2 * i + 1] != ABSENT && table[2 * i] != key) {
      i = (i + 1) & mask;
    }
    if (table[2 * i + 1] == ABSENT) {
      size++;
    }
    table[2 * i] = key;
    table[2 * i + 1] = value;
  }

  /** The keys present, in table order. */
  long[] keys() {
    long[] out = new long[size];
    int k = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i + 1] != ABSENT) {
        out[k++] = table[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] old = table;
    allocate((mask + 1) * 2);
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != ABSENT) {
        put(old[i], (int) old[i + 1]);
      }
    }
  }
}
