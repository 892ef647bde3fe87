package org.rasid.core.structure;

import java.util.List;

/**
 * What one byline line says. Any part may be absent (null or empty).
 *
 * @param source outlet or agency credited
 * @param agencies agencies credited, in order
 * @param authors authors named
 * @param dateline place the story was filed from
 */
record Byline(String source, List<String> agencies, List<String> authors, String dateline) {
  Byline {
    agencies = List.copyOf(agencies);
    authors = List.copyOf(authors);
  }
}
