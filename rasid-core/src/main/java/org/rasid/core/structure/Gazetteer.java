package org.rasid.core.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Name lists the structurer uses to tell an outlet from an agency from a dateline place from a photo credit.
 *
 * <p>Lists are project resources ({@code outlets.txt}, {@code agencies.txt}, {@code places.txt}, {@code
 * photo-credits.txt}), one entry a line: a display name, then aliases after {@code |}. Lookups compare {@link
 * #key(CharSequence) keys}: search-normalized, letters and digits only, so "أ.ش.أ", "أ ش أ" and "ا ش ا" meet.
 */
public final class Gazetteer {

  /** What a name is. */
  public enum Kind {
    OUTLET,
    AGENCY,
    PLACE,
    PHOTO_CREDIT
  }

  private static final Gazetteer DEFAULT = load();

  private final Map<String, String> outlets;
  private final Map<String, String> agencies;
  private final Map<String, String> places;
  private final Map<String, String> photoCredits;

  private Gazetteer(
      Map<String, String> outlets,
      Map<String, String> agencies,
      Map<String, String> places,
      Map<String, String> photoCredits) {
    this.outlets = outlets;
    this.agencies = agencies;
    this.places = places;
    this.photoCredits = photoCredits;
  }

  /** The lists shipped with rasid. */
  public static Gazetteer defaults() {
    return DEFAULT;
  }

  /** True when {@code name} is a known name of that kind. */
  public boolean is(Kind kind, CharSequence name) {
    String k = key(name);
    return !k.isEmpty() && map(kind).containsKey(k);
  }

  /** The display name of a known entry (the first name on its line), or null. */
  public String canonical(Kind kind, CharSequence name) {
    return map(kind).get(key(name));
  }

  private Map<String, String> map(Kind kind) {
    return switch (kind) {
      case OUTLET -> outlets;
      case AGENCY -> agencies;
      case PLACE -> places;
      case PHOTO_CREDIT -> photoCredits;
    };
  }

  /** The comparison key: search-normalized, lower case, letters and digits only. */
  public static String key(CharSequence name) {
    String n = ArabicNormalizer.normalizeForSearch(name);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static Gazetteer load() {
    return new Gazetteer(
        read("outlets.txt"), read("agencies.txt"), read("places.txt"), read("photo-credits.txt"));
  }

  private static Map<String, String> read(String resource) {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] names = line.split("\\|");
        String display = names[0].strip();
        for (String name : names) {
          map.putIfAbsent(key(name), display);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
