package org.rasid.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedSet;
import org.rasid.core.io.Limits;
import org.rasid.core.json.Json;

/**
 * What {@code rasid watch} remembers between polls and restarts, per feed URL: the validators of the last
 * response, when it was last polled, how many polls in a row failed and why, and the keys of the items already
 * handled (the last {@link Limits#MAX_SEEN_ITEMS_PER_FEED}, oldest forgotten first).
 *
 * <p>Stored as one JSON file, replaced atomically ({@link #save}: a temporary file in the same folder, then a
 * move), so a crash leaves either the old state or the new one, never half of one. Not thread-safe: one watcher
 * owns it.
 */
public final class WatchState {

  /** Version of the file's shape. */
  public static final int VERSION = 1;

  /**
   * One feed's state, as stored.
   *
   * @param etag the last response's ETag, or null
   * @param lastModified the last response's Last-Modified, or null
   * @param lastPoll when the feed was last polled (ISO-8601 instant), or null
   * @param failures polls in a row that failed
   * @param lastError why the last failed poll failed, or null
   * @param seen item keys handled, oldest first
   */
  public record Feed(String etag, String lastModified, String lastPoll, int failures, String lastError,
      List<String> seen) {
    public Feed {
      seen = List.copyOf(Objects.requireNonNullElse(seen, List.of()));
    }

    static final Feed NEW = new Feed(null, null, null, 0, null, List.of());

    /** The validators for the next conditional GET. */
    public Validators validators() {
      return new Validators(etag, lastModified);
    }
  }

  /** The file's shape. */
  record Stored(int version, Map<String, Feed> feeds) {}

  private final Map<String, Feed> feeds = new LinkedHashMap<>();
  private final Map<String, SequencedSet<String>> seen = new LinkedHashMap<>();

  /** An empty state. */
  public WatchState() {}

  /**
   * Reads a state file; a missing file is an empty state.
   *
   * @throws IOException when the file cannot be read, is too large or is not a state file (never silently
   *     replaced: the user decides)
   */
  public static WatchState load(Path file) throws IOException {
    WatchState state = new WatchState();
    byte[] bytes;
    try {
      if (Files.size(file) > Limits.MAX_WATCH_STATE_BYTES) {
        throw new IOException(file + ": state file is over the " + Limits.MAX_WATCH_STATE_BYTES + " byte limit");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return state;
    }
    Stored stored;
    try {
      stored = Json.mapper().readValue(bytes, Stored.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a watch state file (" + e.getOriginalMessage() + ")", e);
    }
    if (stored.version() != VERSION) {
      throw new IOException(file + ": watch state version " + stored.version() + ", this rasid reads " + VERSION);
    }
    if (stored.feeds() != null) {
      stored.feeds().forEach((url, f) -> {
        state.feeds.put(url, f);
        state.seen.put(url, new LinkedHashSet<>(f.seen()));
      });
    }
    return state;
  }

  /** Writes the state to a temporary file beside {@code file}, then moves it over {@code file}. */
  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Map<String, Feed> out = new LinkedHashMap<>();
    feeds.forEach((url, f) -> out.put(url, new Feed(f.etag(), f.lastModified(), f.lastPoll(), f.failures(),
        f.lastError(), new ArrayList<>(seen.getOrDefault(url, new LinkedHashSet<>())))));
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(VERSION, out)));
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The feed's state (a new feed has no validators and nothing seen). */
  public Feed feed(String url) {
    return feeds.getOrDefault(url, Feed.NEW);
  }

  /** True when the item key was handled for this feed. */
  public boolean seen(String url, String key) {
    SequencedSet<String> keys = seen.get(url);
    return keys != null && keys.contains(key);
  }

  /** Records handled item keys, forgetting the oldest past {@link Limits#MAX_SEEN_ITEMS_PER_FEED}. */
  public void markSeen(String url, Collection<String> keys) {
    SequencedSet<String> set = seen.computeIfAbsent(url, u -> new LinkedHashSet<>());
    for (String k : keys) {
      set.remove(k); // re-added as the newest
      set.add(k);
    }
    while (set.size() > Limits.MAX_SEEN_ITEMS_PER_FEED) {
      set.removeFirst();
    }
    feeds.putIfAbsent(url, Feed.NEW);
  }

  /** Records a successful poll: the new validators (kept when the response had none, as after a 304). */
  public void polled(String url, Validators validators, String when) {
    Feed f = feed(url);
    String etag = validators.etag() != null ? validators.etag() : f.etag();
    String lastModified = validators.lastModified() != null ? validators.lastModified() : f.lastModified();
    feeds.put(url, new Feed(etag, lastModified, when, 0, null, List.of()));
  }

  /** Records a failed poll. */
  public void failed(String url, String reason, String when) {
    Feed f = feed(url);
    feeds.put(url, new Feed(f.etag(), f.lastModified(), when, f.failures() + 1, reason, List.of()));
  }

  /** Number of keys remembered for the feed. */
  public int seenCount(String url) {
    SequencedSet<String> keys = seen.get(url);
    return keys == null ? 0 : keys.size();
  }
}
