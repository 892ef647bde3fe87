package org.rasid.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a line was dropped. Serialized as the lower-case hyphenated {@link #code()}. */
public enum DropReason {
  /** Identical display text to a kept block. */
  DUPLICATE("duplicate"),
  /** Same text as a kept block once punctuation, whitespace, diacritics and tatweel are ignored. */
  NEAR_DUPLICATE("near-duplicate"),
  /** A copy cut short: its text is a prefix of a kept block (a repeated lead or pull quote). */
  TRUNCATED_DUPLICATE("truncated-duplicate"),
  /** Repeats the headline. */
  TITLE_REPEAT("title-repeat"),
  /** Share, follow, subscribe, print or download prompts. */
  SHARE_PROMPT("share-prompt"),
  /** Tag and keyword lists. */
  TAGS("tags"),
  /** Copyright and rights notices. */
  RIGHTS("rights"),
  /** Advertisement and sponsored-content markers. */
  ADVERTISEMENT("advertisement"),
  /** A "read also" label standing alone, its titles on the following lines. */
  RELATED_MARKER("related-marker"),
  /** A second date or byline line when the record already holds one. */
  EXTRA_METADATA("extra-metadata"),
  /** Other site chrome: navigation crumbs, "comments", "print" and the like. */
  BOILERPLATE("boilerplate");

  private final String code;

  DropReason(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** True for the reasons that say the line repeats text kept elsewhere. */
  public boolean isDuplicate() {
    return this == DUPLICATE || this == NEAR_DUPLICATE || this == TRUNCATED_DUPLICATE || this == TITLE_REPEAT;
  }
}
