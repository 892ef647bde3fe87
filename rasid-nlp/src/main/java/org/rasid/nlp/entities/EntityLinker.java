package org.rasid.nlp.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.core.structure.Gazetteer;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

/**
 * Within one article, tagger mentions → {@link Entity entities}: one entity per person, place and organization, with
 * every mention that refers to it.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li><b>Clitics.</b> A mention with a proclitic (وإيران، لطهران، والكاظمي) counts as its bare form: for places the
 *       {@link PlaceResolver} strips it; for persons and organizations the bare reading is used when the article
 *       names it bare elsewhere or as the end of a full name.
 *   <li><b>Places</b> resolve through the {@link PlaceResolver}; mentions resolving to the same place are one entity,
 *       whose canonical name is the gazetteer's and whose country is the place's. A name of places in several
 *       countries takes the one in the only such country the article names elsewhere (by an unambiguous place or a
 *       demonym): "عمان" beside الأردن or الأردني is Amman, alone it is Oman. An unknown place is grouped by its
 *       key and has no country.
 *   <li><b>Short names.</b> A person (or organization) mention that is the last word(s) of exactly one longer name in
 *       the article links to it: الكاظمي → مصطفى الكاظمي. When it ends two different longer names it stays apart.
 *       The canonical name is the longest name of the group, as written (without clitic).
 *   <li><b>Titles.</b> A role phrase, a title and a country adjective ("رئيس الوزراء العراقي", "الرئيس الإيراني"),
 *       in apposition with a person mention binds that office (synonyms folded: رئيس الحكومة is رئيس الوزراء) to that
 *       person, who gets the country: the person right after it ("الرئيس الإيراني إبراهيم رئيسي") or right before it
 *       after a comma ("فؤاد حسين، وزير الخارجية العراقي"). Every other occurrence of a bound office in the article
 *       is a mention of the first person it was bound to, unless in apposition with another. A past holder's phrase
 *       ("رئيس الوزراء العراقي السابق") binds only to the person in apposition with it. An office the article never binds stays unlinked: nothing is
 *       guessed from position or nationality alone.
 *   <li><b>Known organizations.</b> An organization on rasid's agency or outlet lists (core {@code Gazetteer}) takes
 *       the listed name, found through clitics and a descriptor word: "لوكالة رويترز" and "رويترز" are "رويترز",
 *       "وكالة فرانس برس" is "أ ف ب". A person mention that is on those lists is taken as that organization (the
 *       tagger's mistake); a place mention is not (الجزيرة is an island too).
 *   <li><b>Organizations' countries.</b> An organization not on those lists takes the country its name carries after
 *       the head word: the last demonym ("وزارة الخارجية الإيرانية") or country, capital or large city ("جامعة
 *       بغداد"); none otherwise ("الأمم المتحدة").
 *   <li><b>Ids</b> are {@link #entityId stable}: the type and the key of the canonical name.
 * </ol>
 *
 * <p>Entities are ordered by first mention (title, then blocks in order); mentions in reading order. Mentions of
 * an article past {@link Limits#MAX_ENTITY_MENTIONS} are not linked, and {@link Linked#unlinked()} counts them.
 * Pure and thread-safe.
 */
public final class EntityLinker {
  /** Words that describe an organization before its name, as keys. */
  private static final Set<String> ORG_DESCRIPTORS = Set.of("وكاله", "صحيفه", "قناه", "موقع", "شبكه", "مجله");

  /** Splits text into words: on anything that is not a letter, a mark or a digit. */
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
  /** Shorter words are never read as demonyms or places. */
  private static final int MIN_DEMONYM_LENGTH = 3;
  /** A city in an organization's name gives it a country from this population on. */
  static final long ORG_CITY_MIN_POPULATION = 500_000;

  private final PlaceResolver places;
  private final Demonyms demonyms;

  /**
   * A linker.
   *
   * @param places the gazetteer
   * @param demonyms the country adjectives titles are read with
   */
  public EntityLinker(PlaceResolver places, Demonyms demonyms) {
    this.places = Objects.requireNonNull(places, "places");
    this.demonyms = Objects.requireNonNull(demonyms, "demonyms");
  }

  /** A linker over the shipped gazetteer and demonyms. */
  public static EntityLinker defaults() {
    return new EntityLinker(PlaceResolver.defaults(), Demonyms.defaults());
  }

  /** What the tagger found in one text (the title or a block); {@code NerTagger::mentions} is one. */
  @FunctionalInterface
  public interface MentionSource {
    List<Mention> mentions(String text);
  }

  /**
   * The linking of one article.
   *
   * @param entities the entities, in order of first mention
   * @param unlinked tagger mentions left out: past the limit, with a span outside their text, or spanning no letter
   *     or digit
   */
  public record Linked(List<Entity> entities, int unlinked) {
    public Linked {
      entities = List.copyOf(entities);
    }
  }

  /** The article with its {@code entities} filled from the mentions {@code source} finds in its title and blocks. */
  public Article annotate(Article article, MentionSource source) {
    return article.withEntities(link(article, source).entities());
  }

  /**
   * Links the mentions found in the article's title and blocks.
   *
   * @param article the article; its text is read, not changed
   * @param source the tagger
   * @return the entities and how many mentions were left out
   */
  public Linked link(Article article, MentionSource source) {
    List<String> texts = new ArrayList<>();
    texts.add(article.title() == null ? "" : article.title());
    article.blocks().stream().map(Block::text).forEach(texts::add);
    List<List<Mention>> mentions = new ArrayList<>();
    for (String t : texts) {
      mentions.add(t.isEmpty() ? List.of() : Objects.requireNonNullElse(source.mentions(t), List.of()));
    }
    return link(texts, mentions);
  }

  /**
   * Links mentions of an article given as texts: index 0 the title ("" when none), index i + 1 block i.
   *
   * @param texts the title then the blocks' texts
   * @param mentions for each text, the tagger's mentions in it (offsets into that text)
   * @return the entities and how many mentions were left out
   */
  public Linked link(List<String> texts, List<List<Mention>> mentions) {
    if (texts.size() != mentions.size()) {
      throw new IllegalArgumentException("texts " + texts.size() + " != mentions " + mentions.size());
    }
    List<Item> items = new ArrayList<>();
    int unlinked = 0;
    for (int u = 0; u < texts.size(); u++) {
      String text = texts.get(u);
      for (Mention m : mentions.get(u)) {
        if (items.size() >= Limits.MAX_ENTITY_MENTIONS || m.start() < 0 || m.end() > text.length()
            || m.start() >= m.end() || NameKeys.key(text.substring(m.start(), m.end())).isEmpty()) {
          unlinked++;
          continue;
        }
        items.add(new Item(m.type(), text.substring(m.start(), m.end()), u - 1, m.start(), m.end()));
      }
    }
    items.sort((a, b) -> a.block != b.block ? Integer.compare(a.block, b.block) : Integer.compare(a.start, b.start));
    // A "person" that is a listed agency or outlet (لهسبريس، رويترز) is that organization: taggers confuse them.
    // Places are left alone: الجزيرة is an island and a channel.
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.type == EntityType.PERSON && knownOrganization(it.text) != null) {
        items.set(i, new Item(EntityType.ORGANIZATION, it.text, it.block, it.start, it.end));
      }
    }

    Map<String, Group> groups = new LinkedHashMap<>();
    Map<Item, Group> groupOf = new HashMap<>();
    // Places; a name of places in several countries is read in the light of the countries the article names.
    Set<String> context = null;
    for (Item it : items) {
      if (it.type == EntityType.LOCATION) {
        Optional<Place> p;
        if (places.ambiguous(it.text)) {
          context = context != null ? context : countriesNamed(texts, items);
          p = places.resolve(it.text, context);
        } else {
          p = places.resolve(it.text);
        }
        String gk = p.map(pl -> "L|" + pl.country() + "|" + NameKeys.key(pl.name()))
            .orElse("L||" + NameKeys.key(it.text));
        Group g = groups.computeIfAbsent(gk, k -> new Group(EntityType.LOCATION));
        g.add(it, p.map(Place::name).orElse(it.text.strip()));
        p.ifPresent(pl -> g.country = pl.country());
        groupOf.put(it, g);
      }
    }
    // Persons and organizations: bare forms, then short names to the one longer name they end.
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      List<Item> named = items.stream().filter(i -> i.type == type).toList();
      Map<String, String> known = new HashMap<>();
      if (type == EntityType.ORGANIZATION) {
        named.forEach(i -> known.computeIfAbsent(i.text, EntityLinker::knownOrganization));
        known.values().removeIf(Objects::isNull);
      }
      Map<String, String> bareKeys = bareKeys(named, known);
      List<String> keys = named.stream().map(i -> bareKeys.get(i.text)).distinct().toList();
      Map<String, String> heads = new HashMap<>();
      for (Item it : named) {
        String key = bareKeys.get(it.text);
        String head = heads.computeIfAbsent(key, k -> longestEnding(k, keys));
        Group g = groups.computeIfAbsent(type.name().charAt(0) + "|" + head, k -> new Group(type));
        String name = known.get(it.text);
        if (name != null) {
          g.fix(it, name);
        } else {
          g.add(it, display(it.text, key));
        }
        groupOf.put(it, g);
      }
    }
    // Titles: roles bound by apposition, then every occurrence of a bound role.
    List<PendingRole> roles = new ArrayList<>();
    Map<String, Group> bound = new HashMap<>();
    for (int u = 0; u < texts.size(); u++) {
      String text = texts.get(u);
      for (Titles.Role r : Titles.find(text, demonyms)) {
        Item person = appositive(items, u - 1, text, r);
        Group holder = person == null ? null : groupOf.get(person);
        if (holder != null) {
          if (!r.former()) {
            bound.putIfAbsent(r.key(), holder);
          }
          if (holder.country == null) {
            holder.country = r.country();
          }
        }
        roles.add(new PendingRole(r, u - 1, text.substring(r.start(), r.end()), holder));
      }
    }
    for (PendingRole pr : roles) {
      Group g = pr.holder != null ? pr.holder : bound.get(pr.role.key());
      if (g != null) {
        g.roleMentions.add(new Item(EntityType.PERSON, pr.text, pr.block, pr.role.start(), pr.role.end()));
      }
    }
    // Organizations: the country their name carries ("وزارة الخارجية الإيرانية", "جامعة بغداد").
    for (Group g : groups.values()) {
      if (g.type == EntityType.ORGANIZATION && g.country == null && !g.fixed) {
        g.country = countryInName(g.canonical);
      }
    }
    List<Entity> out = new ArrayList<>();
    groups.values().stream()
        .sorted((a, b) -> compare(a.first(), b.first()))
        .forEach(g -> out.add(g.toEntity()));
    return new Linked(out, unlinked);
  }

  /**
   * The id of an entity: its type's initial, a dash, and 16 hex digits of SHA-256 over the type and the key of the
   * canonical name. The same in every article and every run; spelling variants that share a key share the id.
   *
   * @param type PERSON, LOCATION or ORGANIZATION
   * @param canonical the canonical name
   * @return the id, such as {@code p-1a2b3c4d5e6f7a8b}
   */
  public static String entityId(String type, String canonical) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] h = sha.digest((type + "\t" + NameKeys.key(canonical)).getBytes(StandardCharsets.UTF_8));
      return type.substring(0, 1).toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** For each distinct text, its key, or its bare reading when that reading is named elsewhere or ends a name. */
  private static Map<String, String> bareKeys(List<Item> named, Map<String, String> known) {
    Set<String> plain = new HashSet<>();
    Set<String> endings = new HashSet<>();
    for (Item it : named) {
      String k = NameKeys.key(known.getOrDefault(it.text, it.text));
      plain.add(k);
      for (int sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) {
        endings.add(k.substring(sp + 1));
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Item it : named) {
      if (out.containsKey(it.text)) {
        continue;
      }
      String k = NameKeys.key(known.getOrDefault(it.text, it.text));
      String chosen = k;
      if (!k.contains(" ") && !known.containsKey(it.text)) {
        for (String r : Clitics.readings(k)) {
          if (!r.equals(k) && (plain.contains(r) || endings.contains(r))) {
            chosen = r;
            break;
          }
        }
      }
      out.put(it.text, chosen);
    }
    return out;
  }

  /**
   * The name rasid's agency and outlet lists give an organization mention, or null: tried on the mention, without
   * its proclitics, and without a leading descriptor (وكالة، صحيفة، قناة، موقع، شبكة): "لوكالة رويترز" → "رويترز".
   */
  private static String knownOrganization(String text) {
    Gazetteer lists = Gazetteer.defaults();
    String key = NameKeys.key(text);
    for (String r : Clitics.readings(key)) {
      for (String candidate : List.of(r, withoutDescriptor(r))) {
        String name = lists.canonical(Gazetteer.Kind.AGENCY, candidate);
        if (name == null) {
          name = lists.canonical(Gazetteer.Kind.OUTLET, candidate);
        }
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static String withoutDescriptor(String key) {
    int sp = key.indexOf(' ');
    return sp > 0 && ORG_DESCRIPTORS.contains(key.substring(0, sp)) ? key.substring(sp + 1) : key;
  }

  /** The one longest key that {@code key} is the last word(s) of (or {@code key} itself when none or several). */
  private static String longestEnding(String key, List<String> keys) {
    List<String> longer = keys.stream().filter(k -> k.endsWith(" " + key)).toList();
    List<String> maximal = longer.stream()
        .filter(k -> longer.stream().noneMatch(o -> o.endsWith(" " + k))).toList();
    return maximal.size() == 1 ? maximal.get(0) : key;
  }

  /** The mention's display text without the clitic letters its key lost. */
  private static String display(String text, String bareKey) {
    String t = text.strip();
    for (int cut = 0; cut <= 3 && cut < t.length(); cut++) {
      String rest = t.substring(cut);
      if (NameKeys.key(rest).equals(bareKey)) {
        return rest;
      }
      if (rest.startsWith("ل") && NameKeys.key("ا" + rest).equals(bareKey)) {
        return "ا" + rest; // لل + name: the ل of the preposition took the alef of ال
      }
    }
    return t;
  }

  /**
   * The person a role phrase is in apposition with: the person mention right after it, only spaces between ("رئيس
   * الوزراء العراقي مصطفى الكاظمي"), else the one right before it, a comma between ("فؤاد حسين، وزير الخارجية
   * العراقي"); or null.
   */
  private static Item appositive(List<Item> items, int block, String text, Titles.Role role) {
    for (Item it : items) {
      if (it.block != block || it.type != EntityType.PERSON) {
        continue;
      }
      if (it.start >= role.end() && text.substring(role.end(), it.start).isBlank()) {
        return it;
      }
    }
    for (Item it : items) {
      if (it.block == block && it.type == EntityType.PERSON && it.end <= role.start()) {
        String between = text.substring(it.end, role.start()).strip();
        if (between.equals("،") || between.equals(",")) {
          return it;
        }
      }
    }
    return null;
  }

  /**
   * The countries an article names without doubt: the places of its unambiguous place mentions, and the countries
   * of the demonyms in its text.
   */
  private Set<String> countriesNamed(List<String> texts, List<Item> items) {
    Set<String> countries = new HashSet<>();
    for (Item it : items) {
      if (it.type == EntityType.LOCATION && !places.ambiguous(it.text)) {
        places.resolve(it.text).ifPresent(p -> countries.add(p.country()));
      }
    }
    for (String text : texts) {
      for (String word : WORDS.split(text)) {
        if (word.length() >= MIN_DEMONYM_LENGTH) {
          String c = demonyms.country(word);
          if (c != null) {
            countries.add(c);
          }
        }
      }
    }
    return countries;
  }

  /**
   * The country an organization's name carries after its head word: a country adjective ("الإيرانية"), else a
   * country, capital or city name ("جامعة بغداد"); the last such word wins, as Arabic puts the nationality last
   * ("وزارة الخارجية الإيرانية"). Null when there is none.
   */
  String countryInName(String name) {
    String[] words = WORDS.split(name.strip());
    for (int i = words.length - 1; i >= 1; i--) {
      if (words[i].length() < MIN_DEMONYM_LENGTH) {
        continue;
      }
      String c = demonyms.country(words[i]);
      if (c == null) {
        c = places.resolve(words[i]).filter(EntityLinker::namesItsCountry).map(Place::country).orElse(null);
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * True when a place named inside an organization's name may give it a country: a country or a capital, or a
   * large city ({@link #ORG_CITY_MIN_POPULATION}); small towns share their names with common words (القاعدة،
   * الطاقة) and with towns abroad.
   */
  private static boolean namesItsCountry(Place p) {
    return p.kind().equals(Place.COUNTRY) || p.kind().equals(Place.CAPITAL)
        || (p.kind().equals(Place.CITY) && p.population() >= ORG_CITY_MIN_POPULATION);
  }

  private static int compare(Item a, Item b) {
    return a.block != b.block ? Integer.compare(a.block, b.block) : Integer.compare(a.start, b.start);
  }

  private record Item(EntityType type, String text, int block, int start, int end) {}

  private record PendingRole(Titles.Role role, int block, String text, Group holder) {}

  private static final class Group {
    final EntityType type;
    final List<Item> mentions = new ArrayList<>();
    final List<Item> roleMentions = new ArrayList<>();
    String canonical;
    boolean fixed;
    String country;

    Group(EntityType type) {
      this.type = type;
    }

    /** Adds a mention; the longest name seen is the canonical one unless a listed name fixed it. */
    void add(Item it, String name) {
      mentions.add(it);
      if (!fixed && (canonical == null || NameKeys.key(name).length() > NameKeys.key(canonical).length())) {
        canonical = name;
      }
    }

    /** Adds a mention whose name comes from rasid's lists: that name is the canonical one. */
    void fix(Item it, String name) {
      mentions.add(it);
      if (!fixed) {
        canonical = name;
        fixed = true;
      }
    }

    Item first() {
      return mentions.get(0);
    }

    Entity toEntity() {
      List<Item> all = new ArrayList<>(mentions);
      all.addAll(roleMentions);
      all.sort(EntityLinker::compare);
      List<EntityMention> ms = all.stream()
          .map(i -> new EntityMention(i.text, i.block, i.start, i.end)).distinct().toList();
      return new Entity(entityId(type.name(), canonical), canonical, type.name(), country, ms);
    }
  }
}
