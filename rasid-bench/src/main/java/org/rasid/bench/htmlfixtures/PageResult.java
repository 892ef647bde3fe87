package org.rasid.bench.htmlfixtures;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the extractor did on one page.
 *
 * @param name the fixture's name
 * @param body body token agreement ({@link BodyScore#failed} when the extractor threw)
 * @param fields whether each field matched; every field false when the extractor threw
 * @param misses gold paragraphs mostly missed and extracted blocks mostly not in the gold (one line each, if
 *     any), then one line per field that did not match, with the expected and actual values
 * @param error the exception the extractor threw (class and message), or null
 */
public record PageResult(String name, BodyScore body, Map<Field, Boolean> fields, List<String> misses,
    String error) {

  public PageResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    fields = Map.copyOf(fields);
    misses = List.copyOf(misses);
  }

  public boolean matched(Field field) {
    return fields.getOrDefault(field, false);
  }
}
