package org.rasid.nlp.entities;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compiles the place gazetteer {@code places.tsv} (a committed resource of rasid-nlp) from three sources:
 *
 * <ol>
 *   <li>{@code world-cities.csv} of "World Cities with Arabic Translations" (Jamshaid Kamran, from Wikidata, CC BY
 *       4.0): Arabic city names, country, population;
 *   <li>ICU4J (Unicode License): Arabic display names of every ISO 3166 region ({@code ULocale}) and Arabic
 *       exemplar city names of the canonical time zones ({@code TimeZoneNames}), with the zone's country;
 *   <li>hand corrections ({@code gazetteer-corrections.tsv} next to this class in test resources): names to drop
 *       (Wikidata mislabels such as a drug name for Mosul, common words such as البحر) and names to add (short country
 *       names السعودية, exonyms, the cities the mislabels hid).
 * </ol>
 *
 * <p>ICU is a test-scope dependency: it is needed only here, so rasid-nlp's runtime reads a 380 KB TSV and has no
 * ICU. City names lose an administrative prefix (محافظة, ولاية, منطقة, …) and are kept with it as a region; names
 * with no Arabic letter, or naming an airport, stadium, club, battle, university or hospital, are left out.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -o -q test-compile -pl rasid-nlp -am}):
 *
 * <pre>
 * java -cp "rasid-nlp/target/test-classes:rasid-nlp/target/classes:rasid-core/target/classes:$(cat /tmp/cp.txt)" \
 *     org.rasid.nlp.entities.GazetteerCompiler ../shared/data/gazetteers/world-cities-ar/world-cities.csv \
 *     rasid-nlp/src/main/resources/org/rasid/nlp/entities/places.tsv
 * </pre>
 *
 * where {@code /tmp/cp.txt} comes from {@code ./mvnw -o -q dependency:build-classpath -pl rasid-nlp
 * -Dmdep.outputFile=/tmp/cp.txt}. The output is deterministic: the same inputs give the same bytes.
 */
public final class GazetteerCompiler {
  private static final ULocale ARABIC = new ULocale("ar");
  /** Administrative prefixes stripped from city names (the full name is kept as a region). */
  private static final List<String> ADMIN_PREFIXES = List.of("محافظة ", "ولاية ", "منطقة ", "قضاء ", "ناحية ",
      "إقليم ", "مركز ", "مدينة ", "إدارة ", "بلدية ", "مقاطعة ", "لواء ");
  /** Words that mark a Wikidata label naming something other than the city. */
  private static final List<String> NOT_A_CITY = List.of("مطار", "ملعب", "نادي", "معركة", "جامعة", "مستشفى",
      "مستشفي", "محطة", "التجمع", "حزب", "شركة", "فندق", "كنيسة", "مسجد", "جسر", "فريق", "قاعدة");
  /** English country names of the CSV that ICU spells otherwise. */
  private static final Map<String, String> COUNTRY_OVERRIDES = Map.ofEntries(
      Map.entry("United States", "US"), Map.entry("Occupied Palestinian territory", "PS"),
      Map.entry("Hong Kong S.A.R.", "HK"), Map.entry("Bosnia and Herzevina", "BA"), Map.entry("Fiji Islands", "FJ"),
      Map.entry("Palestinian Territory Occupied", "PS"), Map.entry("Man (Isle of)", "IM"), Map.entry("Swaziland", "SZ"),
      Map.entry("Czech Republic", "CZ"), Map.entry("East Timor", "TL"), Map.entry("Ivory Coast", "CI"),
      Map.entry("Macedonia", "MK"), Map.entry("North Macedonia", "MK"), Map.entry("Republic of the Congo", "CG"),
      Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("Burma", "MM"), Map.entry("Cape Verde", "CV"),
      Map.entry("Vatican City", "VA"), Map.entry("Palestine", "PS"), Map.entry("Turkey", "TR"),
      Map.entry("The Bahamas", "BS"), Map.entry("Gambia", "GM"), Map.entry("Federated States of Micronesia", "FM"),
      Map.entry("Saint Kitts and Nevis", "KN"), Map.entry("Saint Lucia", "LC"),
      Map.entry("Saint Vincent and the Grenadines", "VC"), Map.entry("Sao Tome and Principe", "ST"),
      Map.entry("Moldova", "MD"), Map.entry("Macau S.A.R", "MO"), Map.entry("Bosnia and Herzegovina", "BA"),
      Map.entry("Trinidad and Tobago", "TT"), Map.entry("Antigua and Barbuda", "AG"), Map.entry("Eswatini", "SZ"),
      Map.entry("Faroe Islands", "FO"), Map.entry("Solomon Islands", "SB"), Map.entry("Fiji", "FJ"),
      Map.entry("Cayman Islands", "KY"), Map.entry("Central African Republic", "CF"),
      Map.entry("Dominican Republic", "DO"), Map.entry("South Sudan", "SS"), Map.entry("Brunei", "BN"),
      Map.entry("Laos", "LA"), Map.entry("Russia", "RU"), Map.entry("Syria", "SY"), Map.entry("Iran", "IR"),
      Map.entry("South Korea", "KR"), Map.entry("North Korea", "KP"), Map.entry("Vietnam", "VN"),
      Map.entry("Bolivia", "BO"), Map.entry("Venezuela", "VE"), Map.entry("Tanzania", "TZ"),
      Map.entry("Taiwan", "TW"), Map.entry("Cyprus", "CY"), Map.entry("Puerto Rico", "PR"));

  record Row(String name, String key, String kind, String country, long population) {}

  private final Map<String, Row> rows = new TreeMap<>();
  private final List<String> skipped = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GazetteerCompiler world-cities.csv places.tsv");
      System.exit(2);
    }
    GazetteerCompiler c = new GazetteerCompiler();
    String tsv = c.compile(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), corrections());
    Files.writeString(Path.of(args[1]), tsv, StandardCharsets.UTF_8);
    System.err.println(c.rows.size() + " names written to " + args[1] + "; " + c.skipped.size() + " skipped");
    c.skipped.forEach(s -> System.err.println("  skipped " + s));
  }

  static String corrections() throws IOException {
    try (InputStream in = GazetteerCompiler.class.getResourceAsStream("gazetteer-corrections.tsv")) {
      return new String(Objects.requireNonNull(in, "gazetteer-corrections.tsv").readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  private static String demonymsText() {
    try (InputStream in = GazetteerCompiler.class.getResourceAsStream("/org/rasid/nlp/entities/demonyms.tsv")) {
      return new String(Objects.requireNonNull(in, "demonyms.tsv").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The compiled TSV of the CSV text and the corrections text. */
  String compile(String csv, String corrections) {
    Map<String, String> isoByEnglish = isoByEnglishName();
    Map<String, Long> drop = new HashMap<>();
    List<String[]> adds = new ArrayList<>();
    for (String line : corrections.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("drop")) {
        drop.put(NameKeys.key(f[1]), 0L);
      } else if (f[0].equals("add")) {
        adds.add(f);
      } else {
        throw new IllegalArgumentException("bad correction line: " + line);
      }
    }
    // Hand additions first: for a country, the first name added is its preferred (canonical) name.
    for (String[] f : adds) {
      put(f[1], f[2], f[3], f.length > 4 ? Long.parseLong(f[4]) : 0);
    }
    for (String code : ULocale.getISOCountries()) {
      String ar = new ULocale("", code).getDisplayCountry(ARABIC);
      if (!ar.equals(code)) {
        put(ar, "country", code, 0);
      }
    }
    Map<String, Long> cityPopulation = new HashMap<>();
    String[] lines = csv.split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      List<String> f = csvFields(lines[i]);
      if (f.size() < 5) {
        continue;
      }
      String iso = isoByEnglish.get(f.get(1).toLowerCase(Locale.ROOT));
      if (iso == null) {
        iso = COUNTRY_OVERRIDES.get(f.get(1));
      }
      if (iso == null) {
        skipped.add("country " + f.get(1) + " (" + f.get(2) + ")");
        continue;
      }
      put(f.get(0), "country", iso, 0);
      String name = f.get(2).strip();
      long population = f.get(4).isBlank() ? 0 : (long) Double.parseDouble(f.get(4));
      if (!hasArabicLetter(name) || NOT_A_CITY.stream().anyMatch(name::contains)
          || drop.containsKey(NameKeys.key(name))) {
        skipped.add("city " + name + " (" + f.get(3) + ", " + iso + ")");
        continue;
      }
      String bare = stripAdminPrefix(name);
      if (!bare.equals(name)) {
        put(name, "region", iso, population);
      }
      if (!drop.containsKey(NameKeys.key(bare))) {
        put(bare, "city", iso, population);
        cityPopulation.merge(NameKeys.key(bare) + "\t" + iso, population, Math::max);
      }
    }
    for (String line : demonymsText().split("\n")) {
      String[] f = line.split("\t");
      if (!line.startsWith("#") && f.length > 2) {
        put(f[1], "capital", f[0], 0);
      }
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(ARABIC);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = zones.getExemplarLocationName(id);
      String region = TimeZone.getRegion(id);
      if (city != null && hasArabicLetter(city) && region.length() == 2 && !drop.containsKey(NameKeys.key(city))) {
        put(city, "city", region, cityPopulation.getOrDefault(NameKeys.key(city) + "\t" + region, 0L));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# rasid place gazetteer, compiled by GazetteerCompiler (rasid-nlp tests); do not edit by hand.\n");
    out.append("# Sources: World Cities with Arabic Translations (Jamshaid Kamran, Wikidata; CC BY 4.0),\n");
    out.append("# ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
        .append(" Arabic region and time-zone city names (Unicode License), hand corrections.\n");
    out.append("# name\tkey\tkind (country, capital, city, region)\tISO 3166-1 alpha-2\tpopulation\n");
    rows.values().stream()
        .sorted((a, b) -> a.key.equals(b.key) ? a.country.compareTo(b.country) : a.key.compareTo(b.key))
        .forEach(r -> out.append(r.name).append('\t').append(r.key).append('\t').append(r.kind).append('\t')
            .append(r.country).append('\t').append(r.population).append('\n'));
    return out.toString();
  }

  /** Adds a name, keeping for one (key, country) the strongest kind and the largest population seen. */
  private void put(String name, String kind, String country, long population) {
    String key = NameKeys.key(name);
    if (key.isEmpty()) {
      return;
    }
    String id = key + "\t" + country + "\t" + (kind.equals("country") ? "country" : "place");
    Row old = rows.get(id);
    if (old == null) {
      rows.put(id, new Row(name.strip(), key, kind, country, population));
    } else {
      String k = rank(kind) > rank(old.kind) ? kind : old.kind;
      rows.put(id, new Row(old.name, key, k, country, Math.max(population, old.population)));
    }
  }

  private static int rank(String kind) {
    return switch (kind) {
      case "country" -> 3;
      case "capital" -> 2;
      case "city" -> 1;
      default -> 0;
    };
  }

  private static String stripAdminPrefix(String name) {
    for (String p : ADMIN_PREFIXES) {
      if (name.startsWith(p) && name.length() > p.length() + 1) {
        return name.substring(p.length()).strip();
      }
    }
    return name;
  }

  private static boolean hasArabicLetter(String s) {
    return s.chars().anyMatch(c -> org.rasid.core.text.ArabicNormalizer.isArabicLetter((char) c));
  }

  private static Map<String, String> isoByEnglishName() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String code : ULocale.getISOCountries()) {
      m.put(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    return m;
  }

  /** Fields of one CSV line: commas outside double quotes split, "" inside quotes is a quote, BOM dropped. */
  static List<String> csvFields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\uFEFF') {
        continue;
      }
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }
}
