package org.rasid.bench.corpus;

/**
 * One SaudiNewsNet article as the dataset stores it. Fields missing from the JSON are null.
 *
 * @param index 0-based position in the corpus (zips in name order, then array order)
 * @param zip the file it came from
 */
public record NewsItem(long index, String zip, String source, String url, String dateExtracted, String title,
    String author, String content) {}
