package org.rasid.nlp.entities;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;

/**
 * The corpus's {@link EntityRegistry} in the pipeline: each article's entities, as the {@link EntityLinker} made them,
 * are put in the corpus's terms, so that one person is one facet value whatever the article calls them.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #resolve} gives each entity the registry's id and canonical name when its name resolves ({@link
 *       EntityRegistry#canonicalize}): a spelling variant (الكاظمى, ايران) takes the spelling first seen, a surname
 *       the one full name the corpus linked it to (الكاظمي → مصطفى الكاظمي). Two entities of one article that resolve
 *       to one id become one, with the mentions of both. Then the entities are added to the registry, so later
 *       articles resolve against them.
 *   <li>Order matters: the registry learns as articles come. A surname seen before any full name stays itself in
 *       that article; with several ingest threads, which of two spellings that arrive together comes first can differ
 *       between runs (their id does not: ids come from the name's key).
 *   <li>Bounded: past {@link Limits#MAX_REGISTRY_ENTRIES} entries nothing new is added (existing entries still
 *       resolve and gain aliases); {@link #full()} says when that happened.
 *   <li>Thread-safe (one lock); {@link #save} writes the file atomically.
 * </ul>
 */
public final class CorpusEntities {
  /** The registry file's name inside an index folder. */
  public static final String FILE_NAME = "entities.jsonl";

  private final EntityRegistry registry;
  private final Path file;
  private boolean full;
  private boolean changed;

  private CorpusEntities(EntityRegistry registry, Path file) {
    this.registry = registry;
    this.file = file;
  }

  /** A registry kept in memory only ({@link #save} does nothing). */
  public static CorpusEntities inMemory() {
    return new CorpusEntities(new EntityRegistry(), null);
  }

  /**
   * The registry of an index folder: read from {@code dir/}{@value #FILE_NAME} when it exists, else empty; {@link
   * #save} writes it there.
   *
   * @throws InputRejectedException when the file exists but is not a registry (it names the file and the line)
   * @throws IOException when it cannot be read
   */
  public static CorpusEntities open(Path dir) throws IOException {
    Path f = dir.resolve(FILE_NAME);
    if (!Files.exists(f)) {
      return new CorpusEntities(new EntityRegistry(), f);
    }
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return new CorpusEntities(EntityRegistry.read(in, f.toString()), f);
    }
  }

  /**
   * An article's entities in the corpus's terms; see the class contract.
   *
   * @param entities the linker's entities of one article, in order of first mention
   * @return the entities with the corpus's ids and canonical names, merged by id, in the same order
   */
  public List<Entity> resolve(List<Entity> entities) {
    if (entities.isEmpty()) {
      return entities;
    }
    synchronized (registry) {
      Map<String, Entity> byId = new LinkedHashMap<>();
      for (Entity e : entities) {
        Entity c = registry.canonicalize(e);
        byId.merge(c.id(), c, CorpusEntities::merge);
      }
      List<Entity> out = new ArrayList<>(byId.values());
      for (Entity e : out) {
        if (registry.entry(e.id()).isPresent() || registry.size() < Limits.MAX_REGISTRY_ENTRIES) {
          registry.add(e);
          changed = true;
        } else {
          full = true;
        }
      }
      return out;
    }
  }

  /** True once an entity was not added because the registry was at {@link Limits#MAX_REGISTRY_ENTRIES}. */
  public boolean full() {
    synchronized (registry) {
      return full;
    }
  }

  /** How many entries the registry holds. */
  public int size() {
    synchronized (registry) {
      return registry.size();
    }
  }

  /** The entry of an id, as the registry knows it now. */
  public java.util.Optional<EntityRegistry.Entry> entry(String id) {
    synchronized (registry) {
      return registry.entry(id);
    }
  }

  /**
   * Writes the registry to its file (a temporary file moved over it), when anything changed since it was read or
   * last saved; nothing for an {@link #inMemory} registry.
   */
  public void save() throws IOException {
    if (file == null) {
      return;
    }
    synchronized (registry) {
      if (!changed) {
        return;
      }
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        registry.write(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      changed = false;
    }
  }

  /** One entity from two of an article that resolved to one id: the first's names, both's mentions in order. */
  private static Entity merge(Entity a, Entity b) {
    List<EntityMention> ms = new ArrayList<>(a.mentions());
    b.mentions().stream().filter(m -> !ms.contains(m)).forEach(ms::add);
    ms.sort(Comparator.comparingInt(EntityMention::block).thenComparingInt(EntityMention::start));
    return new Entity(a.id(), a.canonical(), a.type(), Objects.requireNonNullElse(a.country(), b.country()), ms);
  }
}
