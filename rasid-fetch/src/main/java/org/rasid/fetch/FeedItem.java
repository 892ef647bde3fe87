package org.rasid.fetch;

import java.util.List;
import java.util.Objects;

/**
 * One item of a feed, as the feed states it.
 *
 * @param key what identifies the item across polls: its guid (Atom id), else its link
 * @param link the item's page, absolute http(s), or null
 * @param title the item's title, or null
 * @param authors author names (RSS author / dc:creator, Atom author), possibly empty
 * @param published publication (else update) time as an ISO-8601 local date-time to the minute, in the offset the
 *     feed wrote ({@code Sun, 29 Nov 2026 07:30:00 +0300} → {@code 2026-11-29T07:30}); in UTC when only Rome could
 *     read the date (a zone name such as {@code EST}); null when there is none
 * @param text the item's text from content:encoded (else description / Atom content, else summary), as plain text
 *     with paragraphs on their own lines; null when the feed carries none
 */
public record FeedItem(String key, String link, String title, List<String> authors, String published, String text) {
  public FeedItem {
    Objects.requireNonNull(key, "key");
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
  }
}
