package org.rasid.core.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rasid.core.dates.DateParser;
import org.rasid.core.dates.DateStamp;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.BlockType;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.model.Image;
import org.rasid.core.model.RelatedLink;
import org.rasid.core.structure.LineFate.Place;
import org.rasid.core.text.UnicodeCleaner;

/**
 * The raw-text structurer: one scraped article as text in, one {@link Article} out.
 *
 * <p>Contract (enforced by {@code StructurerContractTest} and the fixture suite):
 *
 * <ol>
 *   <li>Input: the text of ONE article, lines as scraped. Lines are split on LF, CRLF, CR, U+2028 and U+2029 and
 *       cleaned with {@link UnicodeCleaner#cleanLine}; blank lines only separate.
 *   <li>Every non-blank line gets exactly one {@link LineFate}: a metadata field, an image, a block, a related link
 *       or {@code dropped} with a reason. Nothing is lost silently.
 *   <li>Each line is first classified on its own, in this order: date stamp, boilerplate, related link, photo
 *       caption, byline; anything else is text.
 *   <li>Text lines: the first title-shaped line before the first paragraph-shaped line is the title. The others
 *       become blocks; repeats (exact, near, cut short, or of the title) are dropped keeping one copy at the first
 *       copy's position with the fullest text; then each block is a heading when it is heading-shaped and a
 *       paragraph follows it, else a paragraph.
 *   <li>Never throws on any string; display text keeps the author's spelling.
 *   <li>Idempotent: structuring {@link TextRenderer#render the rendered record} gives the same record with
 *       nothing dropped.
 * </ol>
 *
 * <p>Thread-safe and stateless; share one instance.
 */
public final class Structurer {

  /** A title has at most this many words. */
  static final int TITLE_MAX_WORDS = 25;
  /** A heading has at most this many words... */
  static final int HEADING_MAX_WORDS = 12;
  /** ...and at most this many characters. */
  static final int HEADING_MAX_CHARS = 100;
  /**
   * A block must have at least this many words for a repeat of it to be dropped (exact, near or cut short):
   * short lines repeat legitimately ("المقادير:" in recipes, a refrain, the same closing formula in a list).
   */
  static final int DUPLICATE_MIN_WORDS = 6;

  private final BylineParser bylines;
  private final CaptionParser captions;
  private final RelatedParser related = new RelatedParser();
  private final DatelineStampParser datelineStamps;

  public Structurer() {
    this(Gazetteer.defaults());
  }

  public Structurer(Gazetteer gazetteer) {
    this.bylines = new BylineParser(gazetteer);
    this.captions = new CaptionParser(gazetteer);
    this.datelineStamps = new DatelineStampParser(gazetteer);
  }

  /** Structures one article whose URL is unknown. */
  public Structured structure(String text) {
    return structure(text, null);
  }

  /**
   * Structures one article.
   *
   * @param text the article's decoded text
   * @param url its URL when known (it then determines the id), else null
   */
  public Structured structure(String text, String url) {
    Run run = new Run(url);
    for (Line line : Lines.split(text)) {
      run.classify(line);
    }
    return run.finish();
  }

  /**
   * A cleaned, non-blank input line.
   *
   * @param words its word count, capped at {@link #WORDS_CAP}: computed once, since every rule first asks "is
   *     this line short?"
   */
  record Line(int number, String text, int words) {
    static final int WORDS_CAP = 64;

    Line(int number, String text) {
      this(number, text, WordCount.atMost(text, WORDS_CAP) ? WordCount.of(text) : WORDS_CAP + 1);
    }
  }

  /** One text line waiting to become a title or a block. */
  private static final class Candidate {
    final Line first; // the line whose position the block takes
    Line source; // the line whose text the block holds (the fullest copy)
    String key;

    Candidate(Line line) {
      this.first = line;
      this.source = line;
      this.key = DuplicateKey.of(line.text());
    }
  }

  /** A drop decided before final block indices are known. */
  private record PendingDrop(Line line, DropReason reason, Candidate keptAs) {}

  /** The state of structuring one article. */
  private final class Run {
    private final String url;
    private final List<LineFate> fates = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<RelatedLink> links = new ArrayList<>();
    private final List<PendingDrop> drops = new ArrayList<>();
    private final List<Line> textLines = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final Map<String, Integer> captionIndex = new HashMap<>();
    private String published;
    private String publishedText;
    private Line dateLine;
    private String source;
    private String dateline;
    private boolean expectRelatedTitles;
    private boolean previousWasUncreditedImage;

    Run(String url) {
      this.url = url;
    }

    void classify(Line line) {
      boolean wasUncreditedImage = previousWasUncreditedImage;
      previousWasUncreditedImage = false;
      String text = line.text();
      boolean underRelatedMarker = expectRelatedTitles;
      expectRelatedTitles = false;
      Optional<DateStamp> date = DateParser.parseLine(text);
      if (date.isPresent()) {
        date(line, date.get());
        return;
      }
      Optional<DatelineStampParser.DatelineStamp> stamp = datelineStamps.parse(text);
      if (stamp.isPresent()) {
        datelineStamp(line, stamp.get());
        return;
      }
      Optional<DropReason> boilerplate =
          line.words() <= BoilerplateRules.MAX_WORDS ? BoilerplateRules.match(text) : Optional.empty();
      if (boilerplate.isPresent()) {
        drop(line, boilerplate.get(), null);
        return;
      }
      Optional<RelatedParser.Result> rel = related.parse(text);
      if (rel.isPresent()) {
        if (rel.get() instanceof RelatedParser.Link l) {
          addRelated(line, l.link());
        } else {
          drop(line, DropReason.RELATED_MARKER, null);
          expectRelatedTitles = true;
        }
        return;
      }
      Optional<Image> image = line.words() <= CaptionParser.MAX_LINE_WORDS ? captions.parse(text) : Optional.empty();
      if (image.isPresent()) {
        addImage(line, image.get());
        return;
      }
      Optional<String> photographer = captions.photographer(text);
      if (photographer.isPresent()) {
        creditPhotographer(line, photographer.get(), wasUncreditedImage);
        return;
      }
      Optional<Byline> byline = line.words() <= BylineParser.MAX_WORDS ? bylines.parse(text) : Optional.empty();
      if (byline.isPresent() && merge(byline.get())) {
        fates.add(new LineFate(line.number(), text, Place.BYLINE, -1));
        return;
      }
      if (byline.isPresent()) {
        drop(line, DropReason.EXTRA_METADATA, null);
        return;
      }
      Optional<RelatedLink> relatedTitle = underRelatedMarker ? related.titleLine(text) : Optional.empty();
      if (relatedTitle.isPresent()) {
        addRelated(line, relatedTitle.get());
        expectRelatedTitles = true; // the next line may be another title
        return;
      }
      textLines.add(line);
    }

    /** The first date stamp fills {@code published}; an absolute stamp replaces an earlier relative one. */
    private void date(Line line, DateStamp stamp) {
      if (publishedText == null) {
        setDate(line, stamp);
      } else if (published == null && stamp.iso() != null && dateLine != null) {
        fates.removeIf(f -> f.line() == dateLine.number());
        drop(dateLine, DropReason.EXTRA_METADATA, null);
        setDate(line, stamp);
      } else {
        drop(line, DropReason.EXTRA_METADATA, null);
      }
    }

    private void setDate(Line line, DateStamp stamp) {
      published = stamp.iso();
      publishedText = stamp.text();
      dateLine = line;
      fates.add(new LineFate(line.number(), line.text(), Place.DATE, -1));
    }

    /** "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": a date line that also names a place and an agency. */
    private void datelineStamp(Line line, DatelineStampParser.DatelineStamp stamp) {
      List<String> agency = stamp.agency() == null ? List.of() : List.of(stamp.agency());
      boolean addedByline = merge(new Byline(stamp.agency(), agency, List.of(), stamp.place()));
      if (publishedText == null) {
        published = stamp.date().iso();
        publishedText = stamp.date().text();
        fates.add(new LineFate(line.number(), line.text(), Place.DATE, -1));
        // not a replaceable dateLine: this line also carried byline fields
      } else if (addedByline) {
        fates.add(new LineFate(line.number(), line.text(), Place.BYLINE, -1));
      } else {
        drop(line, DropReason.EXTRA_METADATA, null);
      }
    }

    private void addRelated(Line line, RelatedLink link) {
      fates.add(new LineFate(line.number(), line.text(), Place.RELATED, links.size()));
      links.add(link);
    }

    private void addImage(Line line, Image image) {
      String key = image.caption() == null ? null : DuplicateKey.of(image.caption());
      if (key != null && captionIndex.containsKey(key)) {
        drop(line, DropReason.DUPLICATE, null);
        return;
      }
      if (key != null) {
        captionIndex.put(key, images.size());
      }
      fates.add(new LineFate(line.number(), line.text(), Place.IMAGE, images.size()));
      images.add(image);
      previousWasUncreditedImage = image.credit() == null;
    }

    private void creditPhotographer(Line line, String name, boolean attachToPrevious) {
      if (attachToPrevious) {
        int last = images.size() - 1;
        images.set(last, new Image(images.get(last).caption(), name));
        fates.add(new LineFate(line.number(), line.text(), Place.IMAGE, last));
      } else {
        addImage(line, new Image(null, name));
      }
    }

    /**
     * Merges a byline's parts into unset fields (agencies accumulate); false when it has nothing new (a repeated
     * byline).
     */
    private boolean merge(Byline b) {
      boolean added = false;
      if (b.source() != null && (source == null || sourceIsOnlyAnAgency() && !b.agencies().contains(b.source()))) {
        source = b.source(); // an outlet named later wins over an agency: "القاهرة - أ ش أ" then "الأهرام – …"
        added = true;
      }
      for (String agency : b.agencies()) {
        if (!agencies.contains(agency)) {
          agencies.add(agency);
          added = true;
        }
      }
      if (!b.authors().isEmpty() && authors.isEmpty()) {
        authors.addAll(b.authors());
        added = true;
      }
      if (b.dateline() != null && dateline == null) {
        dateline = b.dateline();
        added = true;
      }
      return added;
    }

    private boolean sourceIsOnlyAnAgency() {
      return source != null && agencies.contains(source);
    }

    private void drop(Line line, DropReason reason, Candidate keptAs) {
      drops.add(new PendingDrop(line, reason, keptAs));
    }

    Structured finish() {
      Line titleLine = chooseTitle();
      String titleKey = titleLine == null ? null : DuplicateKey.of(titleLine.text());
      List<Candidate> kept = new ArrayList<>();
      Map<String, Candidate> byKey = new HashMap<>();
      for (Line line : textLines) {
        if (line == titleLine) {
          continue;
        }
        Candidate c = new Candidate(line);
        if (c.key.equals(titleKey)) {
          drop(line, DropReason.TITLE_REPEAT, null);
        } else {
          dedupe(c, kept, byKey);
        }
      }
      List<Block> blocks = blocks(kept);
      Map<Candidate, Integer> blockIndex = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        blockIndex.put(kept.get(i), i);
        fates.add(new LineFate(kept.get(i).source.number(), kept.get(i).source.text(), Place.BLOCK, i));
      }
      if (titleLine != null) {
        fates.add(new LineFate(titleLine.number(), titleLine.text(), Place.TITLE, -1));
      }
      drops.sort(Comparator.comparingInt(d -> d.line().number()));
      List<Dropped> dropped = new ArrayList<>(drops.size());
      for (PendingDrop d : drops) {
        Integer of = d.keptAs() == null ? null : blockIndex.get(d.keptAs());
        fates.add(new LineFate(d.line().number(), d.line().text(), Place.DROPPED, dropped.size()));
        dropped.add(new Dropped(d.line().text(), d.reason(), of, d.line().number()));
      }
      fates.sort(Comparator.comparingInt(LineFate::line));
      String title = titleLine == null ? null : titleLine.text();
      String id = url != null && !url.isBlank() ? ArticleIds.ofUrl(url)
          : ArticleIds.ofKeys(titleKey, kept.stream().map(k -> k.key).toList());
      Article article = new Article(Article.SCHEMA_VERSION, id, url, source,
          agencies, authors, dateline, published, publishedText, title, images, blocks, links, dropped,
          LanguageGuess.of(title, blocks));
      return new Structured(article, fates);
    }

    /**
     * The title: the first text line, when it is title-shaped (so it stands before any paragraph) and is not a
     * later paragraph cut short (a repeated lead standing first).
     */
    private Line chooseTitle() {
      if (textLines.isEmpty() || textLines.getFirst().words() > TITLE_MAX_WORDS
          || !isTitleShaped(textLines.getFirst().text())) {
        return null;
      }
      Line first = textLines.getFirst();
      String key = DuplicateKey.of(first.text());
      if (WordCount.atLeast(key, DUPLICATE_MIN_WORDS)) {
        for (int i = 1; i < textLines.size(); i++) {
          if (DuplicateKey.isWordPrefix(key, DuplicateKey.of(textLines.get(i).text()))) {
            return null;
          }
        }
      }
      return first;
    }

    /**
     * Adds a candidate, or folds it into the copy already kept: one copy stays at the first position and holds
     * the fullest text; the other line is dropped with the relation between the two.
     */
    private void dedupe(Candidate c, List<Candidate> kept, Map<String, Candidate> byKey) {
      if (!WordCount.atLeast(c.key, DUPLICATE_MIN_WORDS)) {
        kept.add(c); // too short to call a repeat
        return;
      }
      Candidate k = byKey.get(c.key);
      if (k == null) {
        k = findPrefixRelative(c, kept);
      }
      if (k == null) {
        kept.add(c);
        byKey.put(c.key, c);
        return;
      }
      boolean fuller = c.key.length() > k.key.length()
          || (c.key.length() == k.key.length() && c.source.text().length() > k.source.text().length());
      if (fuller) {
        drop(k.source, relation(k.source.text(), k.key, c.source.text(), c.key), k);
        k.source = c.source;
        k.key = c.key;
        byKey.put(c.key, k);
      } else {
        drop(c.source, relation(c.source.text(), c.key, k.source.text(), k.key), k);
      }
    }

    private Candidate findPrefixRelative(Candidate c, List<Candidate> kept) {
      for (Candidate k : kept) {
        if (DuplicateKey.isWordPrefix(c.key, k.key)) {
          return k;
        }
        if (DuplicateKey.isWordPrefix(k.key, c.key) && WordCount.atLeast(k.key, DUPLICATE_MIN_WORDS)) {
          return k;
        }
      }
      return null;
    }

    private DropReason relation(String droppedText, String droppedKey, String keptText, String keptKey) {
      if (droppedText.equals(keptText)) {
        return DropReason.DUPLICATE;
      }
      return droppedKey.equals(keptKey) ? DropReason.NEAR_DUPLICATE : DropReason.TRUNCATED_DUPLICATE;
    }

    /** Heading when heading-shaped and some later block is not; otherwise paragraph. */
    private List<Block> blocks(List<Candidate> kept) {
      List<Block> blocks = new ArrayList<>(kept.size());
      boolean paragraphFollows = false;
      BlockType[] types = new BlockType[kept.size()];
      for (int i = kept.size() - 1; i >= 0; i--) {
        Line source = kept.get(i).source;
        boolean headingShaped = source.words() <= HEADING_MAX_WORDS && isHeadingShaped(source.text());
        types[i] = headingShaped && paragraphFollows ? BlockType.HEADING : BlockType.PARAGRAPH;
        paragraphFollows |= !headingShaped;
      }
      for (int i = 0; i < kept.size(); i++) {
        blocks.add(new Block(types[i], kept.get(i).source.text()));
      }
      return blocks;
    }
  }

  /** At most {@value #TITLE_MAX_WORDS} words, not ending like a statement; questions and quotes may be headlines. */
  static boolean isTitleShaped(String text) {
    return WordCount.atMost(text, TITLE_MAX_WORDS) && !Punctuation.endsUnlikeTitle(text);
  }

  static boolean isHeadingShaped(String text) {
    return WordCount.atMost(text, HEADING_MAX_WORDS) && text.length() <= HEADING_MAX_CHARS
        && !Punctuation.endsUnlikeHeading(text);
  }
}
