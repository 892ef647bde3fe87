package org.rasid.fetch;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Item dates as the feed wrote them: {@code pubDate} (RFC 822), {@code dc:date}, Atom {@code published} /
 * {@code updated} (RFC 3339). Rome turns them into instants and loses the publisher's offset; the record's
 * {@code published} is a local date-time, so it is read here in the offset the feed gave
 * ({@code Sun, 29 Nov 2026 07:30:00 +0300} → {@code 2026-11-29T07:30}).
 */
final class RawDates {
  private RawDates() {}

  /** Date elements by preference: publication first, then update. */
  private static final List<String> DATE_NAMES = List.of("pubDate", "published", "issued", "date", "updated",
      "modified");
  private static final Set<String> ITEM_NAMES = Set.of("item", "entry");

  /** One raw date (or null) per item/entry element, in document order: the order of Rome's entries. */
  static List<String> of(Document doc) {
    List<String> dates = new ArrayList<>();
    collect(doc.getRootElement(), dates, 0);
    return dates;
  }

  private static void collect(Element e, List<String> dates, int depth) {
    if (depth > 3) { // items sit at most at rss/channel/item or rdf:RDF/item or feed/entry
      return;
    }
    for (Element child : e.getChildren()) {
      if (ITEM_NAMES.contains(child.getName())) {
        dates.add(date(child));
      } else {
        collect(child, dates, depth + 1);
      }
    }
  }

  private static String date(Element item) {
    for (String name : DATE_NAMES) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }

  /** The raw date as local ISO date-time to the minute, in the feed's own offset; null when unreadable. */
  static String local(String raw) {
    if (raw == null) {
      return null;
    }
    LocalDateTime t = null;
    try {
      t = OffsetDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDateTime();
    } catch (DateTimeParseException notRfc822) {
      try {
        t = OffsetDateTime.parse(raw.toUpperCase(Locale.ROOT)).toLocalDateTime();
      } catch (DateTimeParseException notRfc3339) {
        return null;
      }
    }
    return t.truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT));
  }
}
