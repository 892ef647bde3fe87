package org.rasid.nlp.entities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.json.Json;
import org.rasid.core.model.Entity;

/**
 * Across the corpus: aliases and spelling variants of each entity → one id, so that one person is one facet value.
 *
 * <p>An entity {@link #add added} from an article brings its canonical name and its mentions' texts as aliases (role
 * phrases such as "رئيس الوزراء العراقي" are not names and are left out: their holder changes). Aliases are compared
 * by {@link NameKeys key}, so الكاظمي and الكاظمى, إيران and ايران meet. An added entity joins the entry whose
 * canonical name has its canonical name's key; otherwise it starts an entry with its own id.
 *
 * <p>{@link #canonicalId} of a surface form: among the entries having it as an alias, the one whose canonical name
 * is fuller than the surface ("الكاظمي" → the entry of "مصطفى الكاظمي", learnt from an article that linked them),
 * when there is exactly one; else the entry named exactly that; else, for a person name no entry has as an alias,
 * the one person whose full name ends with it ("رئيسي" → "إبراهيم رئيسي", "بن عمارة" → "ياسين بن عمارة", though no
 * article linked them yet; not after a name particle: "محمد" is not "أبو محمد"); else none (two people sharing a
 * surname are not guessed between). Deterministic: the same additions in the same order give the same registry and the same file.
 *
 * <p>Persisted as JSON lines, one entry a line, sorted by id: {@code {"id", "type", "canonical", "country",
 * "aliases": [...]}}. Not thread-safe: one writer at a time.
 */
public final class EntityRegistry {
  /** A shorter last word of a full name is not taken as a surname to find it by. */
  static final int MIN_SURNAME_CHARS = 3;
  /** Words that make a name with the word after them, as keys: what follows them is not a family name alone. */
  private static final Set<String> NAME_PARTICLES = Set.of("ابو", "ام", "بن", "ابن", "بنت", "عبد", "ال", "اب");
  /**
   * One registry entry.
   *
   * @param id the id all its aliases resolve to
   * @param type PERSON, LOCATION or ORGANIZATION
   * @param canonical its display name
   * @param country ISO code, or null
   * @param aliases every name seen for it, as written, sorted
   */
  public record Entry(String id, String type, String canonical, String country, List<String> aliases) {
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(canonical, "canonical");
      aliases = List.copyOf(aliases);
    }
  }

  private static final class Mutable {
    final String id;
    final String type;
    String canonical;
    String country;
    final Set<String> aliases = new TreeSet<>();

    Mutable(String id, String type, String canonical, String country) {
      this.id = id;
      this.type = type;
      this.canonical = canonical;
      this.country = country;
    }
  }

  private final Map<String, Mutable> byId = new TreeMap<>();
  /** type + "|" + alias key → ids having it. */
  private final Map<String, Set<String>> byAlias = new HashMap<>();
  /** type + "|" + canonical key → id. */
  private final Map<String, String> byCanonical = new HashMap<>();
  /** Key of the last word of a person's full name → ids of the persons whose full name ends with it. */
  private final Map<String, Set<String>> bySurname = new HashMap<>();
  private final Demonyms demonyms;

  /** An empty registry that reads role phrases with the shipped demonyms. */
  public EntityRegistry() {
    this(Demonyms.defaults());
  }

  /** An empty registry that reads role phrases with {@code demonyms}. */
  public EntityRegistry(Demonyms demonyms) {
    this.demonyms = Objects.requireNonNull(demonyms, "demonyms");
  }

  /**
   * Adds an entity of an article, merging it with the entry of the same canonical key.
   *
   * @param e the entity
   * @return the id of the entry it joined or started
   */
  public String add(Entity e) {
    String ck = e.type() + "|" + NameKeys.key(e.canonical());
    String id = byCanonical.get(ck);
    if (id == null) {
      id = e.id();
      byId.putIfAbsent(id, new Mutable(id, e.type(), e.canonical(), e.country()));
      byCanonical.put(ck, id);
    }
    Mutable m = byId.get(id);
    if (m.country == null) {
      m.country = e.country();
    }
    surname(m);
    alias(m, e.canonical());
    e.mentions().forEach(x -> alias(m, x.text()));
    return m.id;
  }

  /** Adds every entity of a list, in order. */
  public void addAll(List<Entity> entities) {
    entities.forEach(this::add);
  }

  /**
   * The id a name resolves to.
   *
   * @param type PERSON, LOCATION or ORGANIZATION
   * @param surface a name as written (clitics and spelling variants allowed)
   * @return the id, or null when the name is unknown or ambiguous
   */
  public String canonicalId(String type, String surface) {
    String k = NameKeys.key(surface);
    for (String r : Clitics.readings(k)) {
      Set<String> ids = byAlias.get(type + "|" + r);
      if (ids == null) {
        continue;
      }
      List<String> fuller = ids.stream()
          .filter(id -> NameKeys.key(byId.get(id).canonical).length() > r.length()).toList();
      if (fuller.size() == 1) {
        return fuller.get(0);
      }
      String exact = byCanonical.get(type + "|" + r);
      if (exact != null) {
        return exact;
      }
      if (fuller.isEmpty()) {
        return ids.iterator().next();
      }
      return null;
    }
    if (type.equals(Entity.PERSON)) {
      for (String r : Clitics.readings(k)) {
        Set<String> ids = bySurname.get(r);
        if (ids != null) {
          return ids.size() == 1 ? ids.iterator().next() : null; // a surname two people share is not guessed
        }
      }
    }
    return null;
  }

  /** The entry of an id. */
  public Optional<Entry> entry(String id) {
    Mutable m = byId.get(id);
    return m == null ? Optional.empty() : Optional.of(freeze(m));
  }

  /** All entries, sorted by id. */
  public List<Entry> entries() {
    return byId.values().stream().map(EntityRegistry::freeze).toList();
  }

  /**
   * An article's entity with the registry's id and canonical name (a spelling variant takes the spelling the
   * registry has) and, when it has none, the registry's country, when its canonical name resolves; else itself.
   *
   * @param e an entity of an article
   * @return the entity as the corpus knows it
   */
  public Entity canonicalize(Entity e) {
    String id = canonicalId(e.type(), e.canonical());
    if (id == null) {
      return e;
    }
    Mutable m = byId.get(id);
    String country = e.country() != null ? e.country() : m.country;
    if (m.id.equals(e.id()) && m.canonical.equals(e.canonical()) && Objects.equals(country, e.country())) {
      return e;
    }
    return new Entity(m.id, m.canonical, e.type(), country, e.mentions());
  }

  /** How many entries the registry holds. */
  public int size() {
    return byId.size();
  }

  /** Writes the registry as JSON lines, sorted by id. */
  public void write(Writer out) throws IOException {
    for (Mutable m : byId.values()) {
      ObjectNode n = Json.mapper().createObjectNode();
      n.put("id", m.id).put("type", m.type).put("canonical", m.canonical).put("country", m.country);
      m.aliases.forEach(n.putArray("aliases")::add);
      out.write(Json.compact(n));
      out.write('\n');
    }
  }

  /**
   * Reads a registry written by {@link #write}.
   *
   * @param in the JSON lines
   * @param document the name of the file, for errors
   * @return the registry
   * @throws InputRejectedException when a line is over {@link Limits#MAX_REGISTRY_LINE_CHARS}, is not an entry, or
   *     the text cannot be read
   */
  public static EntityRegistry read(Reader in, String document) {
    EntityRegistry r = new EntityRegistry();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    try {
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > Limits.MAX_REGISTRY_LINE_CHARS) {
          throw InputRejectedException.tooComplex(document, "line " + number + " is over "
              + Limits.MAX_REGISTRY_LINE_CHARS + " characters");
        }
        JsonNode n = Json.mapper().readTree(line);
        if (!n.path("id").isTextual() || !n.path("type").isTextual() || !n.path("canonical").isTextual()) {
          throw InputRejectedException.unreadable(document, "line " + number + ": not a registry entry");
        }
        String country = n.path("country").isTextual() ? n.get("country").asText() : null;
        List<String> aliases = new ArrayList<>();
        n.path("aliases").forEach(a -> aliases.add(a.asText()));
        if (r.size() >= Limits.MAX_REGISTRY_ENTRIES) {
          throw InputRejectedException.tooComplex(document, "more than " + Limits.MAX_REGISTRY_ENTRIES + " entries");
        }
        r.restore(n.get("id").asText(), n.get("type").asText(), n.get("canonical").asText(), country, aliases);
      }
    } catch (JsonProcessingException e) {
      throw InputRejectedException.unreadable(document, "line " + number + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw InputRejectedException.unreadable(document, e);
    }
    return r;
  }

  private void restore(String id, String type, String canonical, String country, List<String> aliases) {
    Mutable m = byId.computeIfAbsent(id, k -> new Mutable(id, type, canonical, country));
    byCanonical.putIfAbsent(type + "|" + NameKeys.key(canonical), id);
    surname(m);
    alias(m, canonical);
    aliases.forEach(a -> alias(m, a));
  }

  /**
   * Registers the endings of a person's full name (two words or more) so the family name alone can find it: every
   * proper ending of its words ("بن عمارة" and "عمارة" of "ياسين بن عمارة"), except an ending right after a name
   * particle (أبو، أم، بن، ابن، بنت، عبد، آل: "محمد" of "أبو محمد" is not a family name) and one-word endings
   * shorter than {@link #MIN_SURNAME_CHARS}.
   */
  private void surname(Mutable m) {
    if (!m.type.equals(Entity.PERSON)) {
      return;
    }
    String[] words = NameKeys.key(m.canonical).split(" ");
    for (int j = 1; j < words.length; j++) {
      if (NAME_PARTICLES.contains(words[j - 1]) || (j == words.length - 1 && words[j].length() < MIN_SURNAME_CHARS)) {
        continue;
      }
      String ending = String.join(" ", java.util.Arrays.asList(words).subList(j, words.length));
      bySurname.computeIfAbsent(ending, x -> new TreeSet<>()).add(m.id);
    }
  }

  private void alias(Mutable m, String name) {
    String alias = name.strip();
    if (m.aliases.contains(alias)) { // known already: every article names its entities again, skip the role scan
      return;
    }
    String k = NameKeys.key(name);
    if (k.isEmpty() || m.aliases.size() >= Limits.MAX_ENTITY_ALIASES || Titles.isRole(name, demonyms)) {
      return;
    }
    m.aliases.add(alias);
    byAlias.computeIfAbsent(m.type + "|" + k, x -> new TreeSet<>()).add(m.id);
  }

  private static Entry freeze(Mutable m) {
    return new Entry(m.id, m.type, m.canonical, m.country, List.copyOf(m.aliases));
  }
}
