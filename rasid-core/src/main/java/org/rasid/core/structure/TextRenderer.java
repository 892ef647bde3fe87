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
    // "المصدر: رويترز" already credits Reuters as an agency; list only the others.
    List<String> others = a.agencies().stream()
        .filter(ag -> !(ag.equals(a.source()) && Gazetteer.defaults().is(Gazetteer.Kind.AGENCY, ag)))
        .toList();
    if (!others.isEmpty()) {
      out.add("الوكالات: " + String.join("، ", others));
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
