package org.rasid.index;

import java.util.List;

/**
 * What the index holds.
 *
 * @param articles number of articles
 * @param sources articles per source, descending
 * @param firstPublished earliest publication date, or null
 * @param lastPublished latest publication date, or null
 * @param sizeBytes size of the index on disk
 * @param path index folder
 */
public record IndexStats(long articles, List<FacetCount> sources, String firstPublished, String lastPublished,
    long sizeBytes, String path) {
  public IndexStats {
    sources = List.copyOf(sources);
  }
}
