package org.rasid.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.model.Image;
import org.rasid.core.model.RelatedLink;
import org.rasid.core.structure.Structurer;

/** Test articles: four real-looking Arabic news texts, and one hostile record. */
final class Fixtures {
  private Fixtures() {}

  static final List<String> NAMES = List.of("tehran-visit", "riyadh-expo", "baghdad-water", "basra-heat");
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";
  static final String HOSTILE_ID = "00000000deadbeef";

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(String name) {
    return new Structurer().structure(text(name)).article();
  }

  /** An article whose every text field carries markup that must come out escaped. */
  static Article hostile() {
    String evil = SCRIPT + ATTRIBUTE_BREAKOUT;
    return new Article(Article.SCHEMA_VERSION, HOSTILE_ID, "javascript:alert(1)", "مصدر" + evil,
        List.of("وكالة" + evil), List.of("كاتب" + evil), "مكان" + evil, "2022-01-05", "5-يناير-2022" + evil,
        "عنوان" + evil, List.of(new Image("صورة" + evil, "تصوير" + evil)),
        List.of(Block.heading("عنوان فرعي" + evil), Block.paragraph("فقرة خبيثة " + evil)),
        List.of(new RelatedLink("رابط" + evil, "javascript:alert(1)"),
            new RelatedLink("رابط آمن" + evil, "https://example.org/a?b=\"><script>")),
        List.of(new Dropped("سطر محذوف" + evil, DropReason.BOILERPLATE, null, 7)), "ar");
  }

  /** An index holding the four articles, committed. */
  static FakeArticleIndex index() {
    FakeArticleIndex index = new FakeArticleIndex();
    for (String name : NAMES) {
      index.upsert(article(name));
    }
    index.commit(Map.of("ingest", "fixtures"));
    return index;
  }
}
