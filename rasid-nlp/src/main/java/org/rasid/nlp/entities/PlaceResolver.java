package org.rasid.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Place mention → {@link Place}: name, kind and country, from the compiled gazetteer {@code places.tsv} (see {@code
 * GazetteerCompiler} in the tests of rasid-nlp; about 7,300 names of countries, capitals, cities and regions).
 *
 * <p>Lookup: the mention's {@link NameKeys key} (so ايران meets إيران, الرياض meets الرياض), then its readings
 * without proclitics ({@link Clitics}: وإيران, لطهران, بالعراق, للعراق, في بغداد), then, as a last resort, with ال
 * added or removed. The first reading that names a place wins, so "لبنان" is Lebanon, not "بنان". When several
 * places share a name the country wins, then a capital, then the larger population ("طرابلس" is Tripoli of Libya,
 * "عمان" Oman, not Amman) — unless the article settles it: {@link #resolve(String, Set)} prefers the reading in a
 * country the article names elsewhere ("عمان" in an article about الأردن is Amman; "طرابلس" beside لبنان is Tripoli
 * of Lebanon). A demonym ("الإيرانية") resolves to its country. Immutable and thread-safe.
 */
public final class PlaceResolver {
  private static final Comparator<Place> BEST = Comparator.comparingInt(Place::rank)
      .thenComparingLong(Place::population)
      .thenComparing(Place::country, Comparator.reverseOrder());
  private static final PlaceResolver DEFAULT = load();

  private final Map<String, Place> byKey;
  /** For a key that names places in more than one country: the best place of each country, best first. */
  private final Map<String, List<Place>> ambiguous;
  private final Map<String, String> countryNames;
  private final Demonyms demonyms;

  private PlaceResolver(Map<String, Place> byKey, Map<String, Map<String, Place>> byKeyAndCountry,
      Map<String, String> countryNames, Demonyms demonyms) {
    this.byKey = Map.copyOf(byKey);
    Map<String, List<Place>> amb = new HashMap<>();
    byKeyAndCountry.forEach((key, perCountry) -> {
      if (perCountry.size() > 1) {
        amb.put(key, perCountry.values().stream().sorted(BEST.reversed()).toList());
      }
    });
    this.ambiguous = Map.copyOf(amb);
    this.countryNames = Map.copyOf(countryNames);
    this.demonyms = demonyms;
  }

  /** The gazetteer shipped with rasid. */
  public static PlaceResolver defaults() {
    return DEFAULT;
  }

  /**
   * Reads a gazetteer in the {@code places.tsv} format: {@code name, key, kind, country, population}, tab separated,
   * {@code #} comments. The key column is recomputed, so a hand-written file may leave it empty.
   *
   * @param tsv the gazetteer
   * @param demonyms the demonyms resolved as their countries
   * @return the resolver
   * @throws IOException when reading fails
   */
  public static PlaceResolver read(Reader tsv, Demonyms demonyms) throws IOException {
    Map<String, Place> byKey = new HashMap<>();
    Map<String, Map<String, Place>> byKeyAndCountry = new HashMap<>();
    Map<String, String> countryNames = new HashMap<>();
    BufferedReader r = new BufferedReader(tsv);
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IOException("places.tsv: expected 5 fields: " + line);
      }
      Place p = new Place(f[0], f[2], f[3], f[4].isEmpty() ? 0 : Long.parseLong(f[4]));
      byKey.merge(NameKeys.key(f[0]), p, (a, b) -> BEST.compare(a, b) >= 0 ? a : b);
      byKeyAndCountry.computeIfAbsent(NameKeys.key(f[0]), k -> new HashMap<>())
          .merge(p.country(), p, (a, b) -> BEST.compare(a, b) >= 0 ? a : b);
      if (p.kind().equals(Place.COUNTRY)) {
        // The preferred name of a country is its shortest (السعودية, not المملكة العربية السعودية); ties by order.
        countryNames.merge(p.country(), p.name(),
            (a, b) -> b.length() < a.length() || (b.length() == a.length() && b.compareTo(a) < 0) ? b : a);
      }
    }
    return new PlaceResolver(byKey, byKeyAndCountry, countryNames, demonyms);
  }

  /**
   * The place a mention names.
   *
   * @param mention the mention text as written (clitics, diacritics and spelling variants allowed)
   * @return the place, or empty when no reading of the mention is a known place or demonym
   */
  public Optional<Place> resolve(String mention) {
    String key = NameKeys.key(mention);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (String r : Clitics.readings(key)) {
      Place p = byKey.get(r);
      if (p != null) {
        return Optional.of(named(p));
      }
    }
    String country = demonyms.country(mention);
    if (country != null && countryNames.containsKey(country)) {
      return Optional.of(new Place(countryNames.get(country), Place.COUNTRY, country, 0));
    }
    Place p = byKey.get(Clitics.toggleArticle(key));
    return Optional.ofNullable(p).map(this::named);
  }

  /**
   * The place a mention names, in the light of the countries its article names elsewhere: when the mention's name
   * belongs to places in several countries and exactly one of those countries is in {@code context}, that country's
   * place; otherwise {@link #resolve(String)}.
   *
   * @param mention the mention text as written
   * @param context ISO codes of the countries the article names (by their names or their demonyms)
   * @return the place, or empty as for {@link #resolve(String)}
   */
  public Optional<Place> resolve(String mention, Set<String> context) {
    Optional<Place> best = resolve(mention);
    List<Place> readings = best.isEmpty() || context.isEmpty() ? List.of() : readings(mention);
    List<Place> inContext = readings.stream().filter(p -> context.contains(p.country())).toList();
    return inContext.size() == 1 ? Optional.of(named(inContext.getFirst())) : best;
  }

  /** True when the mention's name belongs to places in more than one country. */
  public boolean ambiguous(String mention) {
    return !readings(mention).isEmpty();
  }

  /** The places of several countries the mention's first known reading names, best first; empty when not so. */
  private List<Place> readings(String mention) {
    String key = NameKeys.key(mention);
    if (key.isEmpty()) {
      return List.of();
    }
    for (String r : Clitics.readings(key)) {
      if (byKey.containsKey(r)) {
        return ambiguous.getOrDefault(r, List.of());
      }
    }
    return List.of();
  }

  /** The preferred name of a country, or null when the gazetteer has none for the code. */
  public String countryName(String iso) {
    return countryNames.get(iso);
  }

  private Place named(Place p) {
    return p.kind().equals(Place.COUNTRY) ? new Place(countryNames.get(p.country()), p.kind(), p.country(),
        p.population()) : p;
  }

  private static PlaceResolver load() {
    try (InputStream in = Objects.requireNonNull(PlaceResolver.class.getResourceAsStream("places.tsv"), "places.tsv")) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), Demonyms.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
