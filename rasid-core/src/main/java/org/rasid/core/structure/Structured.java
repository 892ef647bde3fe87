package org.rasid.core.structure;

import java.util.List;
import org.rasid.core.model.Article;

/**
 * The structurer's output: the record, and where each non-blank input line went.
 *
 * @param article the structured record
 * @param lines one fate per non-blank input line, in input order
 */
public record Structured(Article article, List<LineFate> lines) {
  public Structured {
    lines = List.copyOf(lines);
  }
}
