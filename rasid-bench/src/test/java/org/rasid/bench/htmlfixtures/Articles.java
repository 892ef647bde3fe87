package org.rasid.bench.htmlfixtures;

import java.util.List;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Image;

/** Records for the evaluation tests. */
final class Articles {
  private Articles() {}

  static Article article(String url, String title, String published, String source, List<String> authors,
      List<Image> images, List<String> paragraphs) {
    return new Article(Article.SCHEMA_VERSION, "0000000000000000", url, source, List.of(), authors, null, published,
        null, title, images, paragraphs.stream().map(Block::paragraph).toList(), List.of(), List.of(), "ar");
  }

  /** The record a perfect extractor would return for {@code gold}. */
  static Article of(Gold gold) {
    return article(gold.url(), gold.title(), gold.published(), gold.source(), gold.authors(), gold.images(),
        gold.body());
  }
}
