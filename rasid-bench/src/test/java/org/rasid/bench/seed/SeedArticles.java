package org.rasid.bench.seed;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.model.Image;
import org.rasid.core.model.RelatedLink;

/**
 * Hand-made records shaped like the seed's: the fragments the gate checks, around made-up sentences (no text of
 * the shared seed beyond those fragments).
 */
final class SeedArticles {
  private SeedArticles() {}

  static final String LEAD = SeedGate.FIRST_PARAGRAPH_START + " على انعقاد اجتماع إقليمي في العاصمة، وصل وفد رسمي"
      + " إلى المدينة في زيارة تستمر يومين.";
  static final String LAST = SeedGate.LAST_PARAGRAPH_START + " أن المحادثات جرت بعيدًا عن الإعلام بين الطرفين"
      + " " + SeedGate.LAST_PARAGRAPH_END;
  static final List<String> MIDDLE = List.of(
      "وعقد الجانبان اجتماعًا موسعًا ناقشا فيه ملفات التجارة والنقل والطاقة.",
      "وأعلن مكتب رئيس الوزراء أن الطرفين اتفقا على تسهيل تنقل المواطنين.",
      "وقال المتحدث باسم الحكومة إن الزيارة تهدف إلى تعزيز التعاون في مختلف المجالات.",
      "ويذكر أن هذه الزيارة هي الأولى من نوعها منذ تشكيل الحكومة الجديدة.",
      "في السياق، ذكرت مصادر أن ملفات إقليمية طرحت على طاولة الاجتماع بين الوفدين.");

  /** Blocks: LEAD, MIDDLE 0–3, heading, MIDDLE 4, LAST (7 paragraphs, the heading at block 5). */
  static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(LEAD));
    for (int i = 0; i < 4; i++) {
      blocks.add(Block.paragraph(MIDDLE.get(i)));
    }
    blocks.add(Block.heading(SeedGate.HEADINGS.getFirst()));
    blocks.add(Block.paragraph(MIDDLE.get(4)));
    blocks.add(Block.paragraph(LAST));
    return blocks;
  }

  static List<Dropped> dropped() {
    return List.of(
        new Dropped(LEAD.substring(0, LEAD.indexOf('،')), DropReason.TRUNCATED_DUPLICATE, 0, 9),
        new Dropped(LAST.substring(0, LAST.length() - 1), DropReason.NEAR_DUPLICATE, 7, 25));
  }

  static Article good() {
    return article(blocks(), dropped(), null, List.of(new Image(SeedGate.IMAGE_CAPTION, SeedGate.IMAGE_CREDIT)));
  }

  static Article article(List<Block> blocks, List<Dropped> dropped, String title, List<Image> images) {
    return new Article(Article.SCHEMA_VERSION, "test-id", null, SeedGate.SOURCE, List.of(), SeedGate.AUTHORS, null,
        SeedGate.PUBLISHED, "12-سبتمبر-2021", title, images, blocks,
        List.of(new RelatedLink(SeedGate.RELATED_TITLE, null)), dropped, "ar");
  }
}
