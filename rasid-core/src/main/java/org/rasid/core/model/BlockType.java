package org.rasid.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of body block; serialized in lower case. */
public enum BlockType {
  @JsonProperty("paragraph")
  PARAGRAPH,
  @JsonProperty("heading")
  HEADING
}
