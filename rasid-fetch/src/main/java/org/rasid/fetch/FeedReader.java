package org.rasid.fetch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.jdom2.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jdom2.JDOMException;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.xml.sax.InputSource;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom documents into {@link FeedItem}s, with Rome.
 *
 * <p>Hardened for untrusted XML: a document with a DOCTYPE is rejected (Rome's default, kept explicitly), so no
 * entity is ever declared — external entities ({@code file:///…}, XXE) and entity expansion ("billion laughs") are
 * refused before any expansion. At most {@link Limits#MAX_FEED_BYTES} bytes are parsed and {@link
 * Limits#MAX_FEED_ITEMS} items taken (the rest counted in {@link Feed#skipped()}). Stateless and thread-safe.
 */
public final class FeedReader {

  /** ISO-8601 to the minute, as in the record's {@code published}. */
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  /**
   * A parsed feed.
   *
   * @param title the feed's title, or null
   * @param items its items in document order, at most {@link Limits#MAX_FEED_ITEMS}
   * @param skipped items left out: past the item limit, or with neither guid nor link nor title
   */
  public record Feed(String title, List<FeedItem> items, int skipped) {
    public Feed {
      items = List.copyOf(items);
    }
  }

  private final int maxItems;

  /** A reader with the limits of {@link Limits}. */
  public FeedReader() {
    this(Limits.MAX_FEED_ITEMS);
  }

  /** A reader taking at most {@code maxItems} items per feed. */
  public FeedReader(int maxItems) {
    this.maxItems = maxItems;
  }

  /**
   * Parses a feed document.
   *
   * @param bytes the document as fetched
   * @param feedUrl its URL: names it in errors and resolves relative item links
   * @throws InputRejectedException when it is empty, too large, not a feed, malformed or has a DOCTYPE
   */
  public Feed read(byte[] bytes, URI feedUrl) {
    String name = feedUrl.toString();
    if (bytes.length == 0) {
      throw InputRejectedException.empty(name);
    }
    if (bytes.length > Limits.MAX_FEED_BYTES) {
      throw InputRejectedException.tooLarge(name, bytes.length, Limits.MAX_FEED_BYTES);
    }
    SyndFeed feed;
    List<String> rawDates;
    try {
      // Rome's own hardened parser (DOCTYPE refused: XXE and entity bombs need one), then Rome's converters on the
      // tree, which is also read for the dates as written (Rome keeps only the instant, not the feed's offset).
      Document doc = HardenedInput.parse(new InputSource(new ByteArrayInputStream(bytes)));
      rawDates = RawDates.of(doc);
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(doc);
    } catch (FeedException | JDOMException | IOException | IllegalArgumentException e) {
      throw InputRejectedException.unreadable(name, "not a readable RSS or Atom feed (" + oneLine(e) + ")");
    } catch (RuntimeException e) {
      throw InputRejectedException.unreadable(name, "not a readable RSS or Atom feed (" + oneLine(e) + ")");
    }
    List<SyndEntry> entries = feed.getEntries();
    boolean datesAligned = rawDates.size() == entries.size();
    List<FeedItem> items = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      if (items.size() >= maxItems) {
        skipped++;
        continue;
      }
      FeedItem item = item(entry, feedUrl, datesAligned ? rawDates.get(i) : null);
      if (item == null) {
        skipped++;
      } else {
        items.add(item);
      }
    }
    return new Feed(blankToNull(feed.getTitle()), items, skipped);
  }

  private static FeedItem item(SyndEntry entry, URI feedUrl, String rawDate) {
    String link = absolute(entry.getLink(), feedUrl);
    if (link == null && entry.getLinks() != null) {
      link = entry.getLinks().stream().map(l -> absolute(l.getHref(), feedUrl)).filter(l -> l != null).findFirst()
          .orElse(null);
    }
    String title = blankToNull(entry.getTitle());
    String guid = blankToNull(entry.getUri());
    if (guid != null && guid.equals(blankToNull(entry.getLink()))) {
      guid = null; // Rome gives the link as the uri of an RSS item without a guid: key on the resolved link
    }
    String key = guid != null ? guid : link != null ? link : title == null ? null : "title:" + title;
    if (key == null) {
      return null;
    }
    Set<String> authors = new LinkedHashSet<>();
    if (entry.getAuthors() != null) {
      for (SyndPerson p : entry.getAuthors()) {
        addName(authors, p.getName());
      }
    }
    addName(authors, entry.getAuthor());
    String published = RawDates.local(rawDate);
    if (published == null) {
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      published = date == null ? null : MINUTE.format(date.toInstant());
    }
    return new FeedItem(key, link, title == null ? null : text(title), List.copyOf(authors), published,
        itemText(entry));
  }

  /** content:encoded / Atom content first (the fuller text), else the description / summary. */
  private static String itemText(SyndEntry entry) {
    String best = null;
    if (entry.getContents() != null) {
      for (SyndContent c : entry.getContents()) {
        String t = c == null ? null : blankToNull(text(c.getValue()));
        if (t != null && (best == null || t.length() > best.length())) {
          best = t;
        }
      }
    }
    if (best == null && entry.getDescription() != null) {
      best = blankToNull(text(entry.getDescription().getValue()));
    }
    return best;
  }

  /** HTML (or plain text) into text with block elements and line breaks on their own lines. */
  static String text(String html) {
    if (html == null) {
      return null;
    }
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
    doc.select("br").before("\n");
    doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, tr").before("\n\n").after("\n\n");
    StringBuilder out = new StringBuilder();
    for (String line : doc.body().wholeText().split("\n")) {
      String t = line.strip().replaceAll("[ \\t\\u00a0]+", " ");
      if (!t.isEmpty()) {
        out.append(t).append('\n');
      }
    }
    return out.toString().strip();
  }

  private static void addName(Set<String> names, String raw) {
    String n = blankToNull(raw);
    if (n == null) {
      return;
    }
    // RSS <author> is "email (Name)" by the spec.
    int open = n.indexOf('(');
    if (n.contains("@") && open > 0 && n.endsWith(")")) {
      n = n.substring(open + 1, n.length() - 1).strip();
    }
    if (!n.isEmpty() && !n.contains("@")) {
      names.add(n);
    }
  }

  private static String absolute(String link, URI base) {
    String l = blankToNull(link);
    if (l == null) {
      return null;
    }
    try {
      URI u = base.resolve(l.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Rome's SAX builder, with its hardening (DOCTYPE refused, no external entities), reached through its subclass hook. */
  private static final class HardenedInput extends WireFeedInput {
    private HardenedInput() {
      setAllowDoctypes(false); // Rome 2's default; explicit because the XML hardening rests on it
    }

    static Document parse(InputSource source) throws JDOMException, IOException {
      return new HardenedInput().createSAXBuilder().build(source);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ");
  }
}
