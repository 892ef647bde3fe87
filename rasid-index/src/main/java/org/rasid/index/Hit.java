package org.rasid.index;

import java.util.List;

/**
 * One search hit.
 *
 * @param id article id
 * @param title headline (or the first words of the body when the article has none)
 * @param source outlet or agency, or null
 * @param authors authors
 * @param published ISO date as in the record, or null
 * @param snippet best passage of the body with matches wrapped in {@code <mark>…</mark>}; ALL other text is
 *     HTML-escaped, so it can be inserted into a page as is
 * @param score relevance score (0 when sorted by date)
 */
public record Hit(String id, String title, String source, List<String> authors, String published, String snippet,
    float score) {
  public Hit {
    authors = List.copyOf(authors);
  }
}
