package org.rasid.bench.html;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** boilerpipe 1.1.0's {@code ArticleExtractor} (NekoHTML parser), the Java baseline of the benchmark. */
public final class BoilerpipeBody implements BodyExtractor {
  @Override
  public String name() {
    return "boilerpipe";
  }

  @Override
  public String version() {
    return "1.1.0 ArticleExtractor";
  }

  @Override
  public String body(String html, String url) throws Exception {
    String text = ArticleExtractor.INSTANCE.getText(html);
    return text == null ? "" : text;
  }
}
