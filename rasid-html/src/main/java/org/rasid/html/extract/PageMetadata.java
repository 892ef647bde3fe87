package org.rasid.html.extract;

import java.util.List;
import java.util.Objects;

/**
 * What a page's own markup says about its article, before any text heuristics: JSON-LD, OpenGraph, {@code meta},
 * {@code <time>}, {@code rel=author}, {@code link rel=canonical}. Every field may be absent (null or
 * empty); lists are copied and never null.
 *
 * @param canonicalUrl the canonical URL ({@code link rel=canonical}, else {@code og:url}), absolute, or null
 * @param title the headline (JSON-LD headline, og:title, twitter:title, the first h1, then {@code <title>})
 * @param published ISO-8601 date or date-time (local, as the page wrote it), or null
 * @param publishedText the date as the page wrote it, or null
 * @param authors people credited (JSON-LD author names, article:author, meta author, rel=author), in order
 * @param source the outlet (JSON-LD publisher name, og:site_name, application-name), or null
 * @param body JSON-LD articleBody when present (may be a teaser), or null
 */
public record PageMetadata(String canonicalUrl, String title, String published, String publishedText,
    List<String> authors, String source, String body) {

  public PageMetadata {
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
  }
}
