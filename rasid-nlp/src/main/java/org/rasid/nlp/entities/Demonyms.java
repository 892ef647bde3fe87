package org.rasid.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Country adjectives → ISO 3166-1 alpha-2 codes: عراقي, العراقية, عراقيون, والإيرانية. Read from the hand-compiled
 * {@code demonyms.tsv} (all Arab League states and about 60 other countries; masculine, feminine and plural forms,
 * with the forms with ال derived). Lookups compare {@link NameKeys keys} after {@link Clitics} are removed.
 * Immutable and thread-safe.
 */
public final class Demonyms {
  private static final Demonyms DEFAULT = load();

  private final Map<String, String> countryByKey;
  private final Map<String, String> capitalByCountry;

  private Demonyms(Map<String, String> countryByKey, Map<String, String> capitalByCountry) {
    this.countryByKey = Map.copyOf(countryByKey);
    this.capitalByCountry = Map.copyOf(capitalByCountry);
  }

  /** The list shipped with rasid. */
  public static Demonyms defaults() {
    return DEFAULT;
  }

  /**
   * The country a word or phrase is the adjective of.
   *
   * @param text a demonym as written, clitics allowed ("العراقي", "وللإيرانيين")
   * @return the ISO code, or null when the text is not a known demonym
   */
  public String country(String text) {
    for (String r : Clitics.readings(NameKeys.key(text))) {
      String c = countryByKey.get(r);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The capital of a listed country, as the list spells it, or null. */
  public String capital(String iso) {
    return capitalByCountry.get(iso);
  }

  private static Demonyms load() {
    Map<String, String> byKey = new HashMap<>();
    Map<String, String> capitals = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(Demonyms.class.getResourceAsStream("demonyms.tsv"), "demonyms.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String iso = f[0];
        capitals.putIfAbsent(iso, f[1]);
        for (int i = 2; i < f.length; i++) {
          for (String form : f[i].split(",")) {
            String k = NameKeys.key(form);
            if (!k.isEmpty()) {
              byKey.putIfAbsent(k, iso);
              byKey.putIfAbsent("ال" + k, iso);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Demonyms(byKey, capitals);
  }
}
