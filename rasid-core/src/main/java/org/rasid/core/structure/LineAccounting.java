package org.rasid.core.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.core.model.Article;

/**
 * Checks the structurer's first promise: every non-blank input line ends up in exactly one place, and every
 * part of the record comes from some line. Used by the tests and by corpus runs over real data.
 */
public final class LineAccounting {
  private LineAccounting() {}

  /** The violations found; empty when the accounting is complete and consistent. */
  public static List<String> violations(String input, Structured s) {
    List<String> problems = new ArrayList<>();
    Article a = s.article();
    Set<Integer> expected = new HashSet<>();
    for (Structurer.Line line : Lines.split(input)) {
      expected.add(line.number());
    }
    Set<Integer> seen = new HashSet<>();
    int[] blockFates = new int[a.blocks().size()];
    int[] relatedFates = new int[a.related().size()];
    int[] droppedFates = new int[a.dropped().size()];
    int[] imageFates = new int[a.images().size()];
    int dates = 0;
    int titles = 0;
    int bylines = 0;
    for (LineFate f : s.lines()) {
      if (!seen.add(f.line())) {
        problems.add("line " + f.line() + " has more than one place");
      }
      if (!expected.contains(f.line())) {
        problems.add("line " + f.line() + " is not a non-blank input line");
      }
      switch (f.place()) {
        case DATE -> dates++;
        case TITLE -> titles++;
        case BYLINE -> bylines++;
        case BLOCK -> count(blockFates, f, problems, a.blocks().size());
        case RELATED -> count(relatedFates, f, problems, a.related().size());
        case DROPPED -> count(droppedFates, f, problems, a.dropped().size());
        case IMAGE -> count(imageFates, f, problems, a.images().size());
      }
      if (f.place() == LineFate.Place.BLOCK && f.index() < a.blocks().size()
          && !a.blocks().get(f.index()).text().equals(f.text())) {
        problems.add("block " + f.index() + " does not hold the text of line " + f.line());
      }
      if (f.place() == LineFate.Place.DROPPED && f.index() < a.dropped().size()
          && a.dropped().get(f.index()).line() != f.line()) {
        problems.add("dropped " + f.index() + " does not name line " + f.line());
      }
    }
    for (int n : expected) {
      if (!seen.contains(n)) {
        problems.add("line " + n + " went nowhere");
      }
    }
    exactlyOnce(blockFates, "block", problems);
    exactlyOnce(relatedFates, "related link", problems);
    exactlyOnce(droppedFates, "dropped entry", problems);
    for (int i = 0; i < imageFates.length; i++) {
      if (imageFates[i] == 0) {
        problems.add("image " + i + " comes from no line");
      }
    }
    if (dates != (a.publishedText() == null ? 0 : 1)) {
      problems.add(dates + " date lines for publishedText " + a.publishedText());
    }
    if (titles != (a.title() == null ? 0 : 1)) {
      problems.add(titles + " title lines for title " + a.title());
    }
    boolean hasByline = a.source() != null || a.dateline() != null || !a.authors().isEmpty() || !a.agencies().isEmpty();
    if (bylines > 0 && !hasByline) {
      problems.add(bylines + " byline lines, but byline fields are empty");
    }
    if (hasByline && bylines == 0 && dates == 0) { // a wire dateline ("الرياض 10 أغسطس 2015 واس") is a date line
      problems.add("byline fields are set, but no line holds a byline");
    }
    return problems;
  }

  private static void count(int[] counts, LineFate f, List<String> problems, int size) {
    if (f.index() < 0 || f.index() >= size) {
      problems.add("line " + f.line() + " points at " + f.place() + " " + f.index() + " of " + size);
    } else {
      counts[f.index()]++;
    }
  }

  private static void exactlyOnce(int[] counts, String what, List<String> problems) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 1) {
        problems.add(what + " " + i + " comes from " + counts[i] + " lines");
      }
    }
  }
}
