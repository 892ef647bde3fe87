package org.rasid.server;

import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/** Javalin's JSON through rasid's configured Jackson mapper, the same writer as the API's ({@link Responses}). */
final class JacksonJsonMapper implements JsonMapper {
  @Override
  public String toJsonString(Object obj, Type type) {
    return Responses.write(obj);
  }
}
