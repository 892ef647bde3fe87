package org.rasid.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One structured news article: the record every rasid stage reads and writes.
 *
 * <p>Immutable. Lists are copied on construction and never null. Field by field documentation lives in
 * {@code docs/record.md}; the JSON names are part of the public contract and change only with {@link
 * #SCHEMA_VERSION}.
 *
 * @param schemaVersion version of this record's JSON shape
 * @param id stable identifier: derived from {@code url} when known, else from the body text
 * @param url canonical URL, or null when the input did not name one
 * @param source outlet or agency the article is credited to, or null
 * @param agencies news agencies credited, in order of appearance (may repeat {@code source})
 * @param authors people (or desks such as "فريق التحرير") who wrote the article
 * @param dateline place named in the dateline ("بغداد" in "بغداد/ شفق نيوز"), or null
 * @param published ISO-8601 date or local date-time, as precise as the text allows; null when unknown
 * @param publishedText the date stamp exactly as it appeared (after Unicode cleanup), or null
 * @param title headline, or null when the scrape has none
 * @param images photo captions and credits
 * @param blocks body in reading order: paragraphs and subheadings
 * @param related "read also" links
 * @param dropped every input line not kept elsewhere, with the reason
 * @param language BCP-47 language tag of the body ("ar", "en", or "und")
 * @param entities persons, places and organizations named, each with its mentions (empty until entity linking
 *     ran; a record written before the field existed reads back with an empty list)
 */
@JsonPropertyOrder({"schemaVersion", "id", "url", "source", "agencies", "authors", "dateline", "published",
    "publishedText", "title", "images", "blocks", "related", "dropped", "language", "entities"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Article(
    int schemaVersion,
    String id,
    String url,
    String source,
    List<String> agencies,
    List<String> authors,
    String dateline,
    String published,
    String publishedText,
    String title,
    List<Image> images,
    List<Block> blocks,
    List<RelatedLink> related,
    List<Dropped> dropped,
    String language,
    List<Entity> entities) {

  /** Version of the JSON shape. Bump on any incompatible change and say what changed in docs/record.md. */
  public static final int SCHEMA_VERSION = 1;

  public Article {
    Objects.requireNonNull(id, "id");
    agencies = List.copyOf(Objects.requireNonNullElse(agencies, List.of()));
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
    images = List.copyOf(Objects.requireNonNullElse(images, List.of()));
    blocks = List.copyOf(Objects.requireNonNullElse(blocks, List.of()));
    related = List.copyOf(Objects.requireNonNullElse(related, List.of()));
    dropped = List.copyOf(Objects.requireNonNullElse(dropped, List.of()));
    language = Objects.requireNonNullElse(language, "und");
    entities = List.copyOf(Objects.requireNonNullElse(entities, List.of()));
  }

  /**
   * A record without entities: the shape every stage before entity linking builds. Kept so that code written
   * before the {@code entities} field keeps compiling; copying an existing record should use the canonical
   * constructor or a wither so that its entities are not lost.
   */
  public Article(int schemaVersion, String id, String url, String source, List<String> agencies, List<String> authors,
      String dateline, String published, String publishedText, String title, List<Image> images, List<Block> blocks,
      List<RelatedLink> related, List<Dropped> dropped, String language) {
    this(schemaVersion, id, url, source, agencies, authors, dateline, published, publishedText, title, images, blocks,
        related, dropped, language, List.of());
  }

  /** This record with {@code entities} in place of its own. */
  public Article withEntities(List<Entity> entities) {
    return new Article(schemaVersion, id, url, source, agencies, authors, dateline, published, publishedText, title,
        images, blocks, related, dropped, language, entities);
  }

  /** Paragraph texts only, in order. */
  public List<String> paragraphs() {
    return blocks.stream().filter(b -> b.type() == BlockType.PARAGRAPH).map(Block::text).toList();
  }

  /** Heading texts only, in order. */
  public List<String> headings() {
    return blocks.stream().filter(b -> b.type() == BlockType.HEADING).map(Block::text).toList();
  }
}
