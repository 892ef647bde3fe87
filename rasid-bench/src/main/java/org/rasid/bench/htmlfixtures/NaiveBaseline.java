package org.rasid.bench.htmlfixtures;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Image;

/**
 * A floor to compare the real extractor with ({@code --extractor baseline}): no content detection at all. The body
 * is the text of every {@code <p>} of the page, the title the first {@code <h1>}, and the other fields the
 * page's metadata taken as they are: {@code og:site_name}, {@code article:published_time} cut to the minute, {@code
 * <meta name=author>}, the canonical link, {@code <figcaption>} texts.
 */
final class NaiveBaseline implements HtmlFixtureEvaluation.Extractor {
  private static final int MINUTE = "2024-01-01T10:00".length();

  @Override
  public Article extract(String html, String url) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template").remove();
    List<Block> blocks = new ArrayList<>();
    for (Element p : doc.select("p")) {
      if (!p.text().isBlank()) {
        blocks.add(Block.paragraph(p.text()));
      }
    }
    Element h1 = doc.selectFirst("h1");
    String published = meta(doc, "meta[property=article:published_time]");
    if (published != null && published.length() > MINUTE) {
      published = published.substring(0, MINUTE);
    }
    String author = meta(doc, "meta[name=author]");
    String canonical = doc.select("link[rel=canonical]").attr("href");
    List<Image> images = doc.select("figcaption").stream().map(f -> new Image(f.text(), null)).toList();
    return new Article(Article.SCHEMA_VERSION, "0000000000000000", canonical.isEmpty() ? url : canonical,
        meta(doc, "meta[property=og:site_name]"), List.of(), author == null ? List.of() : List.of(author), null,
        published, null, h1 == null ? null : h1.text(), images, blocks, List.of(), List.of(), "ar");
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null || e.attr("content").isBlank() ? null : e.attr("content");
  }
}
