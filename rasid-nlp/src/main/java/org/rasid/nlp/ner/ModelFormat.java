package org.rasid.nlp.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary model file, big-endian:
 *
 * <pre>
 * magic "RASIDNER" · int version ({@value #VERSION})
 * int L · L × (short length, UTF-8 bytes) labels
 * (L + 1) × L × float transitions (row 0: sentence start)
 * int G · int C · C × (short length, UTF-8 stem, G × short class) word clusters, stems in string order
 * int F · F × long feature keys, ascending · F × L × half-precision float weights
 * int S (0 or 1) · S × (second pass: (L + 1) × L × float transitions · int F · F × long keys · F × L × half floats)
 * float margin of the family-name rule ({@link FamilyNames}; 0: off)
 * </pre>
 *
 * Half-precision weights keep the file small; the tagger evaluated and shipped is the one read back from this format.
 */
final class ModelFormat {
  static final byte[] MAGIC = "RASIDNER".getBytes(StandardCharsets.US_ASCII);
  /**
   * Version 2: the name gazetteer features and the optional second (stacked) pass of {@link FeatureExtractor#stack}
   * (version 1: the templates and hashing as of issue 5).
   */
  static final int VERSION = 2;

  private ModelFormat() {}

  /** The model and clusters read back. */
  record Loaded(LinearChainModel model, LinearChainModel second, WordClusters clusters, float familyMargin) {}

  static void write(LinearChainModel model, WordClusters clusters, OutputStream os) throws IOException {
    write(model, null, clusters, 0, os);
  }

  /** Writes a model with an optional second pass ({@code second} may be null; same labels as {@code model}). */
  static void write(LinearChainModel model, LinearChainModel second, WordClusters clusters, float familyMargin,
      OutputStream os) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(MAGIC);
    out.writeInt(VERSION);
    List<String> labels = model.labels();
    int numLabels = labels.size();
    out.writeInt(numLabels);
    for (String l : labels) {
      writeString(out, l);
    }
    for (float t : model.transitions()) {
      out.writeFloat(t);
    }
    List<String> stems = new ArrayList<>(clusters.classes().keySet());
    stems.sort(null);
    int granularities = stems.isEmpty() ? 0 : clusters.of(stems.getFirst()).length;
    out.writeInt(granularities);
    out.writeInt(stems.size());
    for (String s : stems) {
      writeString(out, s);
      for (int c : clusters.of(s)) {
        out.writeShort(c);
      }
    }
    writeWeights(out, model);
    out.writeInt(second == null ? 0 : 1);
    if (second != null) {
      for (float t : second.transitions()) {
        out.writeFloat(t);
      }
      writeWeights(out, second);
    }
    out.writeFloat(familyMargin);
    out.flush();
    bytes.writeTo(os);
  }

  private static void writeWeights(DataOutputStream out, LinearChainModel model) throws IOException {
    int numLabels = model.numLabels();
    // Features sorted by key: a deterministic file whatever the map's layout.
    LongIntMap features = model.features();
    long[] keys = featureKeys(features);
    Arrays.sort(keys);
    out.writeInt(keys.length);
    for (long k : keys) {
      out.writeLong(k);
    }
    float[] w = model.weights();
    for (long k : keys) {
      int base = features.get(k) * numLabels;
      for (int y = 0; y < numLabels; y++) {
        out.writeShort(Float.floatToFloat16(w[base + y]));
      }
    }
  }

  private static LinearChainModel readWeights(ByteBuffer in, List<String> labels, float[] transitions, String name)
      throws IOException {
    int numLabels = labels.size();
    int count = in.getInt();
    checkCount(count, in.remaining() / 8, name);
    LongIntMap features = new LongIntMap(count);
    for (int i = 0; i < count; i++) {
      features.put(in.getLong(), i);
    }
    float[] weights = new float[count * numLabels];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Float.float16ToFloat(in.getShort());
    }
    return new LinearChainModel(labels, features, weights, transitions);
  }

  static long[] featureKeys(LongIntMap features) {
    return features.keys();
  }

  static Loaded read(byte[] data, String name) throws IOException {
    try {
      ByteBuffer in = ByteBuffer.wrap(data);
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException(name + ": not a rasid NER model (bad magic)");
      }
      int version = in.getInt();
      if (version != VERSION) {
        throw new IOException(name + ": model format version " + version + ", this rasid reads " + VERSION);
      }
      int numLabels = in.getInt();
      if (numLabels <= 0 || numLabels > 64) {
        throw new IOException(name + ": bad label count " + numLabels);
      }
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < numLabels; i++) {
        labels.add(readString(in));
      }
      float[] transitions = new float[(numLabels + 1) * numLabels];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = in.getFloat();
      }
      int granularities = in.getInt();
      int stems = in.getInt();
      checkCount(stems, in.remaining(), name);
      Map<String, int[]> classes = new HashMap<>(stems * 2);
      for (int i = 0; i < stems; i++) {
        String s = readString(in);
        int[] c = new int[granularities];
        for (int g = 0; g < granularities; g++) {
          c[g] = in.getShort();
        }
        classes.put(s, c);
      }
      LinearChainModel model = readWeights(in, labels, transitions, name);
      int stages = in.getInt();
      if (stages != 0 && stages != 1) {
        throw new IOException(name + ": bad second-pass flag " + stages);
      }
      LinearChainModel second = null;
      if (stages == 1) {
        float[] t2 = new float[transitions.length];
        for (int i = 0; i < t2.length; i++) {
          t2[i] = in.getFloat();
        }
        second = readWeights(in, labels, t2, name);
      }
      float familyMargin = in.getFloat();
      if (!(familyMargin >= 0) || Float.isInfinite(familyMargin)) {
        throw new IOException(name + ": bad family-name margin " + familyMargin);
      }
      if (in.hasRemaining()) {
        throw new IOException(name + ": " + in.remaining() + " bytes after the model");
      }
      return new Loaded(model, second, new WordClusters(classes), familyMargin);
    } catch (BufferUnderflowException e) {
      throw new IOException(name + ": truncated model file", e);
    }
  }

  private static void checkCount(int count, int remaining, String name) throws IOException {
    if (count < 0 || count > remaining) {
      throw new IOException(name + ": bad count " + count);
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeShort(b.length);
    out.write(b);
  }

  private static String readString(ByteBuffer in) {
    int len = in.getShort() & 0xFFFF;
    byte[] b = new byte[len];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
