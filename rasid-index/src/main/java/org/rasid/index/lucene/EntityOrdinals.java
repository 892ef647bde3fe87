package org.rasid.index.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Global ordinals of the entity facet fields ({@link FacetCounts#ENTITY_FIELDS}) of one index reader: each segment's
 * ordinal of a canonical name maps to one ordinal across the reader, so a query counts by global ordinal in one
 * array and labels only the names of its top list. Built once per reader (after a commit) and shared by every
 * search on it; immutable.
 */
final class EntityOrdinals {
  private final IndexReader reader;
  private final OrdinalMap[] maps;
  private final long[] valueCounts;

  private EntityOrdinals(IndexReader reader, OrdinalMap[] maps, long[] valueCounts) {
    this.reader = reader;
    this.maps = maps;
    this.valueCounts = valueCounts;
  }

  /** The global ordinals of the reader's entity fields (segments without a field count as empty). */
  static EntityOrdinals build(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int fields = FacetCounts.ENTITY_FIELDS.size();
    OrdinalMap[] maps = new OrdinalMap[fields];
    long[] counts = new long[fields];
    for (int f = 0; f < fields; f++) {
      String field = FacetCounts.ENTITY_FIELDS.get(f);
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      boolean any = false;
      for (int i = 0; i < values.length; i++) {
        values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        any |= values[i].getValueCount() > 0;
      }
      if (any) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        maps[f] = OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
        counts[f] = maps[f].getValueCount();
      }
    }
    return new EntityOrdinals(reader, maps, counts);
  }

  /** True when this was built for that reader. */
  boolean isFor(IndexReader other) {
    return reader == other;
  }

  /** Distinct names of field {@code f} across the reader; 0 when no segment has the field. */
  long valueCount(int f) {
    return valueCounts[f];
  }

  /** Segment ordinal → global ordinal of field {@code f} in the segment {@code leafOrd}. */
  LongValues globalOrds(int f, int leafOrd) {
    return maps[f].getGlobalOrds(leafOrd);
  }

  /** The canonical name of a global ordinal of field {@code f}. */
  String label(int f, long globalOrd) throws IOException {
    int segment = maps[f].getFirstSegmentNumber(globalOrd);
    long segmentOrd = maps[f].getFirstSegmentOrd(globalOrd);
    SortedSetDocValues values = DocValues.getSortedSet(reader.leaves().get(segment).reader(),
        FacetCounts.ENTITY_FIELDS.get(f));
    BytesRef term = values.lookupOrd(segmentOrd);
    return term.utf8ToString();
  }

  /** Receives the labels of a field's global ordinals. */
  @FunctionalInterface
  interface LabelConsumer {
    void accept(int globalOrd, String label);
  }

  /** Every global ordinal of field {@code f} with its canonical name, in ordinal (name) order. */
  void forEachLabel(int f, LabelConsumer consumer) throws IOException {
    if (maps[f] == null) {
      return;
    }
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (long g = 0; g < valueCounts[f]; g++) {
      int segment = maps[f].getFirstSegmentNumber(g);
      if (values[segment] == null) {
        values[segment] = DocValues.getSortedSet(leaves.get(segment).reader(), FacetCounts.ENTITY_FIELDS.get(f));
      }
      consumer.accept((int) g, values[segment].lookupOrd(maps[f].getFirstSegmentOrd(g)).utf8ToString());
    }
  }

  /** The reader these ordinals are of. */
  IndexReader reader() {
    return reader;
  }
}
