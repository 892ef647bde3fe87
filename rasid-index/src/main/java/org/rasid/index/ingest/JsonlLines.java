package org.rasid.index.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.rasid.core.json.Json;

/**
 * One JSONL line → one {@link RawDocument}: a rasid record (an object with {@code blocks}), raw text ({@code
 * {"text": …}} or {@code {"content": …}}, with an optional {@code url}), or a JSON string holding raw text.
 */
final class JsonlLines {
  private JsonlLines() {}

  static RawDocument parse(String name, String line) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return new RawDocument.Unreadable(name, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node.isTextual()) {
      return new RawDocument.Text(name, node.asText(), null);
    }
    if (!node.isObject()) {
      return new RawDocument.Unreadable(name, "a JSONL line must be an object or a string, not " + node.getNodeType());
    }
    if (node.has("blocks")) {
      return new RawDocument.Record(name, line);
    }
    JsonNode text = node.has("text") ? node.get("text") : node.get("content");
    if (text == null || !text.isTextual()) {
      return new RawDocument.Unreadable(name, "no \"text\" (or \"content\") string and no \"blocks\" record");
    }
    JsonNode url = node.get("url");
    return new RawDocument.Text(name, text.asText(), url != null && url.isTextual() ? url.asText() : null);
  }
}
