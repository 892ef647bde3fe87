package org.rasid.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Image;
import org.rasid.core.model.RelatedLink;

/**
 * Renders a record as clean raw text in rasid's canonical form, which the {@link Structurer} reads back into the
 * same record (the idempotence half of its contract). Dropped lines are not rendered.
 *
 * <pre>
 * publishedText
 * title
 * المصدر: source / الوكالات: a، b / المكان: dateline / كتب: author، author
 * صورة: caption + تصوير: credit / (تصوير: credit)
 * blocks, one a paragraph
 * اقرأ أيضًا: title url
 * </pre>
 *
 * Lines are separated by blank lines, as scrapes usually are.
 */
public final class TextRenderer {
  private TextRenderer() {}

  public static String render(Article a) {
    List<String> out = new ArrayList<>();
    if (a.publishedText() != null) {
      out.add(a.publishedText());
    }
    if (a.title() != null) {
      out.add(a.title());
    }
    if (a.source() != null) {
      out.add("المصدر: " + a.source());
    }
    if (!a.agencies().isEmpty()) {
      out.add("الوكالات: " + String.join("، ", a.agencies()));
    }
    if (a.dateline() != null) {
      out.add("المكان: " + a.dateline());
    }
    if (!a.authors().isEmpty()) {
      out.add("كتب: " + String.join("، ", a.authors()));
    }
    renderImages(a.images(), out);
    for (Block b : a.blocks()) {
      out.add(b.text());
    }
    for (RelatedLink r : a.related()) {
      boolean titleIsUrl = r.url() != null && r.title().equals(r.url());
      out.add("اقرأ أيضًا: " + (titleIsUrl ? r.url() : r.title() + (r.url() == null ? "" : " " + r.url())));
    }
    return String.join("\n\n", out) + "\n";
  }

  /**
   * Images in order. A credit goes on its own "تصوير:" line under its caption; a credit-only image is written
   * "(تصوير: …)", which never attaches to the caption above it.
   */
  private static void renderImages(List<Image> images, List<String> out) {
    for (Image img : images) {
      if (img.caption() == null) {
        out.add("(تصوير: " + img.credit() + ")");
        continue;
      }
      out.add("صورة: " + img.caption());
      if (img.credit() != null) {
        out.add("تصوير: " + img.credit());
      }
    }
  }
}
