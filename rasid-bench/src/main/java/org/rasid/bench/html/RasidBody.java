package org.rasid.bench.html;

import java.util.stream.Collectors;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.html.HtmlExtractor;

/**
 * rasid's body: the record's blocks (headings and paragraphs) joined by newlines, as {@link HtmlExtractor} makes
 * it, structurer included. The title, bylines, dates, captions and dropped lines are not body.
 */
public final class RasidBody implements BodyExtractor {
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Override
  public String name() {
    return "rasid";
  }

  @Override
  public String version() {
    String v = RasidBody.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  @Override
  public String body(String html, String url) {
    Article a = extractor.extract(html, url);
    return a.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }
}
