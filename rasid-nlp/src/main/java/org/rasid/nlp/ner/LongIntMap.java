package org.rasid.nlp.ner;

import java.util.Arrays;

/** An open-addressing map from {@code long} keys to non-negative {@code int} values, without boxing. */
final class LongIntMap {
  private static final int ABSENT = -1;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, ABSENT);
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      int v = values[i];
      if (v == ABSENT || keys[i] == key) {
        return v;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets {@code key} to {@code value} ({@code value >= 0}). */
  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (values[i] != ABSENT && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (values[i] == ABSENT) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The keys present, in table order. */
  long[] keys() {
    long[] out = new long[size];
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != ABSENT) {
        out[k++] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, ABSENT);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != ABSENT) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
