package org.rasid.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import org.rasid.core.json.Json;

/** Writes response bodies with an explicit UTF-8 content type. */
final class Responses {
  private Responses() {}

  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  /**
   * rasid's mapper, writing {@code < > & '} as unicode escapes: the JSON means the same, but no
   * markup from an article can ever appear literally in an API response (defence in depth, should a client or a
   * proxy treat it as HTML).
   */
  private static final ObjectWriter WRITER = htmlSafe(Json.mapper());

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType(JSON).result(write(body));
  }

  static void json(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType(HTML).result(page);
  }

  /** The longest header value {@link #headerValue} gives. */
  static final int MAX_HEADER_VALUE = 300;

  /**
   * Text made safe as an HTTP header value: printable ASCII only (anything else, line breaks included, becomes
   * {@code ?}), at most {@link #MAX_HEADER_VALUE} characters.
   */
  static String headerValue(String text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_HEADER_VALUE));
    for (int i = 0; i < text.length() && b.length() < MAX_HEADER_VALUE; i++) {
      char c = text.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return b.toString();
  }

  static String write(Object body) {
    try {
      return WRITER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + body.getClass().getSimpleName(), e);
    }
  }

  private static ObjectWriter htmlSafe(ObjectMapper mapper) {
    ObjectMapper copy = mapper.copy();
    copy.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return copy.writer();
  }

  /** The standard JSON escapes plus {@code < > & '} as unicode escapes. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
