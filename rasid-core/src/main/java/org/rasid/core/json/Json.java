package org.rasid.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rasid.core.model.Article;

/** The one configured Jackson mapper for rasid records. Thread-safe. */
public final class Json {
  private Json() {}

  /** Input limits: no JSON document rasid reads needs more (nesting depth, string length, number length). */
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(64)
      .maxStringLength(20_000_000)
      .maxNumberLength(100)
      .build();

  private static final ObjectMapper MAPPER = create();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private static ObjectMapper create() {
    ObjectMapper m = new ObjectMapper();
    m.getFactory().setStreamReadConstraints(LIMITS);
    m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return m;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON (for JSONL). */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** Indented JSON. */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** Reads a record written by {@link #compact} or {@link #pretty}. */
  public static Article readArticle(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Article.class);
  }
}
