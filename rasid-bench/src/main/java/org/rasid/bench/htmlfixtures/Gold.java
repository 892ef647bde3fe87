package org.rasid.bench.htmlfixtures;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.core.model.Image;

/**
 * The expected record of one fixture page, read from its {@code NN-outlet-slug.json}. The interpretation rules are
 * in {@code rasid-html/src/test/resources/fixtures/html/README.md}.
 *
 * @param url the canonical address of the article
 * @param fetchedUrl the address the page was fetched from, passed to the extractor; the canonical {@code url} when
 *     the gold names none
 * @param title the visible headline
 * @param published ISO-8601 date, date-time or month, or null
 * @param source the outlet or agency credited, or null
 * @param authors people or desks who wrote the article
 * @param images the article's photos that show a caption or a credit
 * @param body the visible article text in reading order: one string per paragraph, subheading, list item or row
 */
public record Gold(String url, String fetchedUrl, String title, String published, String source, List<String> authors,
    List<Image> images, List<String> body) {

  public Gold {
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
    images = List.copyOf(Objects.requireNonNullElse(images, List.of()));
    body = List.copyOf(Objects.requireNonNullElse(body, List.of()));
    if (fetchedUrl == null) {
      fetchedUrl = url;
    }
  }

  /**
   * Reads a gold object.
   *
   * @throws IllegalArgumentException when it is not an object, a field has the wrong type, or a field is unknown
   */
  static Gold of(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    List<String> known = List.of("url", "fetchedUrl", "title", "published", "source", "authors", "images", "body");
    node.fieldNames().forEachRemaining(f -> {
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown field '" + f + "'");
      }
    });
    List<Image> images = new ArrayList<>();
    for (JsonNode image : array(node, "images")) {
      if (!image.isObject()) {
        throw new IllegalArgumentException("images: expected objects {caption, credit}");
      }
      images.add(new Image(text(image, "caption"), text(image, "credit")));
    }
    return new Gold(text(node, "url"), text(node, "fetchedUrl"), text(node, "title"), text(node, "published"),
        text(node, "source"), texts(node, "authors"), images, texts(node, "body"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(field + ": expected a string or null, got " + v.getNodeType());
    }
    return v.asText();
  }

  private static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(node, field)) {
      if (!v.isTextual()) {
        throw new IllegalArgumentException(field + ": expected strings, got " + v.getNodeType());
      }
      out.add(v.asText());
    }
    return out;
  }

  private static List<JsonNode> array(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(field + ": expected an array, got " + v.getNodeType());
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }
}
