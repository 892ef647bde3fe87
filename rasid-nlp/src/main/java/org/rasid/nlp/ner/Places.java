package org.rasid.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rasid.core.text.ArabicNormalizer;
import org.rasid.nlp.ArabicTokenizer;
import org.rasid.nlp.Token;

/**
 * The place gazetteer of the tagger: city and country names in Arabic, normalized ({@link ArabicNormalizer}) and
 * tokenized, one name per line of the resource {@value #RESOURCE}. Compiled by {@link #compileWorldCities} from the
 * world-cities-ar data set (CC BY 4.0, see NOTICE); a gazetteer feature fires on tokens inside the longest match.
 */
public final class Places {
  /** The resource holding the shipped list. */
  public static final String RESOURCE = "places.txt";
  /** Longest name, in tokens, looked up. */
  static final int MAX_TOKENS = 4;
  private static final Places SHIPPED = loadShipped();

  private final Set<String> names;
  private final Set<String> firstTokens;

  Places(Set<String> names) {
    this.names = Set.copyOf(names);
    Set<String> first = new HashSet<>();
    for (String name : names) {
      int space = name.indexOf(' ');
      first.add(space < 0 ? name : name.substring(0, space));
    }
    this.firstTokens = Set.copyOf(first);
  }

  /** Whether some name starts with this normalized token. */
  boolean startsPlace(String normalizedToken) {
    return firstTokens.contains(normalizedToken);
  }

  /** The shipped list. */
  static Places shipped() {
    return SHIPPED;
  }

  /** Whether a normalized, space-joined token sequence is a place name. */
  boolean contains(String normalizedName) {
    return names.contains(normalizedName);
  }

  int size() {
    return names.size();
  }

  private static Places loadShipped() {
    try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Places(Set.of());
      }
      Set<String> names = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
      return new Places(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The place list compiled from world-cities-ar's {@code world-cities.csv} (header {@code CountryNameAr,
   * CountryNameEn, CityNameAr, CityNameEn, Population}): every country and city name written in Arabic letters (some cities have only a Latin name: left out), normalized, tokenized
   * and space-joined; a city name that starts with a type word (مدينة, ولاية, محافظة, …) is also listed without it.
   * Names of more than {@value #MAX_TOKENS} tokens are left out. Sorted, so the output is reproducible.
   */
  public static List<String> compileWorldCities(Path csv) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      List<String> fields = csvFields(lines.get(i));
      if (fields.size() < 3) {
        continue;
      }
      for (String name : List.of(fields.get(0), fields.get(2))) {
        List<String> tokens = normalizedTokens(name);
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS || name.chars().noneMatch(c -> ArabicNormalizer.isArabicLetter((char) c))) {
          continue;
        }
        out.add(String.join(" ", tokens));
        if (tokens.size() > 1 && Triggers.of(Clitics.split(tokens.getFirst()).stem()) == Triggers.LOCATION) {
          out.add(String.join(" ", tokens.subList(1, tokens.size())));
        }
      }
    }
    out.removeIf(s -> s.length() < 2);
    return Collections.unmodifiableList(new ArrayList<>(out));
  }

  static List<String> normalizedTokens(String name) {
    List<String> tokens = new ArrayList<>();
    for (Token t : ArabicTokenizer.tokenize(name)) {
      String n = ArabicNormalizer.normalizeForSearch(t.text());
      if (!n.isEmpty() && Character.isLetterOrDigit(n.charAt(0))) {
        tokens.add(n);
      }
    }
    return tokens;
  }

  private static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(cur.toString());
        cur.setLength(0);
      } else if (c != '\uFEFF') {
        cur.append(c);
      }
    }
    fields.add(cur.toString());
    return fields;
  }
}
