package org.rasid.fetch;

import java.util.List;
import java.util.stream.Collectors;

/** Feed documents for the tests: realistic Arabic news, written for these tests. */
final class Feeds {
  private Feeds() {}

  static final String PARAGRAPH_1 = "أعلنت وزارة الموارد المائية العراقية، اليوم الأحد، عن خطة جديدة لتأمين مياه الشرب"
      + " لمحافظات الجنوب خلال فصل الصيف المقبل، وسط تراجع مناسيب نهري دجلة والفرات.";
  static final String PARAGRAPH_2 = "وقال المتحدث باسم الوزارة إن الخطة تشمل حفر آبار جديدة وصيانة محطات الضخ"
      + " القديمة، إضافة إلى التنسيق مع دول الجوار بشأن الإطلاقات المائية.";

  /** One RSS 2.0 item. */
  record Item(String guid, String link, String title, String pubDate, String author, String content) {}

  static String rss(String channelTitle, List<Item> items) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>%s</title>
            <link>https://news.example/</link>
            <description>آخر الأخبار</description>
        %s
          </channel>
        </rss>
        """.formatted(channelTitle, items.stream().map(Feeds::rssItem).collect(Collectors.joining("\n")));
  }

  private static String rssItem(Item i) {
    StringBuilder b = new StringBuilder("    <item>\n");
    if (i.title() != null) {
      b.append("      <title>").append(i.title()).append("</title>\n");
    }
    if (i.link() != null) {
      b.append("      <link>").append(i.link()).append("</link>\n");
    }
    if (i.guid() != null) {
      b.append("      <guid isPermaLink=\"false\">").append(i.guid()).append("</guid>\n");
    }
    if (i.pubDate() != null) {
      b.append("      <pubDate>").append(i.pubDate()).append("</pubDate>\n");
    }
    if (i.author() != null) {
      b.append("      <dc:creator>").append(i.author()).append("</dc:creator>\n");
    }
    if (i.content() != null) {
      b.append("      <description><![CDATA[").append(i.content(), 0, Math.min(40, i.content().length()))
          .append("]]></description>\n");
      b.append("      <content:encoded><![CDATA[").append(i.content()).append("]]></content:encoded>\n");
    }
    return b.append("    </item>").toString();
  }

  static String atom(String title, List<Item> entries) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>%s</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2026-11-29T08:00:00Z</updated>
        %s
        </feed>
        """.formatted(title, entries.stream().map(e -> """
              <entry>
                <title>%s</title>
                <link href="%s"/>
                <id>%s</id>
                <updated>%s</updated>
                <author><name>%s</name></author>
                <content type="html">%s</content>
              </entry>""".formatted(e.title(), e.link(), e.guid(), e.pubDate(), e.author(),
            e.content().replace("&", "&amp;").replace("<", "&lt;"))).collect(Collectors.joining("\n")));
  }

  /** Two paragraphs of HTML. */
  static String html(String... paragraphs) {
    return java.util.Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
  }
}
