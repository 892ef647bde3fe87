package org.rasid.core.model;

import java.util.Objects;

/**
 * A "read also" link.
 *
 * @param title the linked article's title as shown
 * @param url the link target, or null when the scrape kept only the title
 */
public record RelatedLink(String title, String url) {
  public RelatedLink {
    Objects.requireNonNull(title, "title");
  }
}
