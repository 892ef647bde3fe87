package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
  private static final PlaceResolver PLACES = PlaceResolver.defaults();

  private static void check(String mention, String name, String kind, String country) {
    assertThat(PLACES.resolve(mention)).as(mention).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo(name);
      assertThat(p.kind()).isEqualTo(kind);
      assertThat(p.country()).isEqualTo(country);
    });
  }

  @Test
  void resolvesCountriesCapitalsAndCities() {
    check("العراق", "العراق", "country", "IQ");
    check("إيران", "إيران", "country", "IR");
    check("طهران", "طهران", "capital", "IR");
    check("بغداد", "بغداد", "capital", "IQ");
    check("الرياض", "الرياض", "capital", "SA");
    check("البصرة", "البصرة", "city", "IQ");
  }

  @Test
  void longCountryNamesUseTheShortName() {
    check("المملكة العربية السعودية", "السعودية", "country", "SA");
    check("السعودية", "السعودية", "country", "SA");
  }

  @Test
  void stripsProclitics() {
    check("وإيران", "إيران", "country", "IR");
    check("لطهران", "طهران", "capital", "IR");
    check("بالعراق", "العراق", "country", "IQ");
    check("للعراق", "العراق", "country", "IQ");
    check("وبغداد", "بغداد", "capital", "IQ");
    check("في بغداد", "بغداد", "capital", "IQ");
  }

  @Test
  void nameStartingWithACliticLetterIsFoundWhole() {
    check("لبنان", "لبنان", "country", "LB");
    check("بيروت", "بيروت", "capital", "LB");
  }

  @Test
  void foldsSpellingVariants() {
    check("ايران", "إيران", "country", "IR");
    check("الإمارات", "الإمارات", "country", "AE");
    check("الامارات", "الإمارات", "country", "AE");
  }

  @Test
  void knowsExonyms() {
    check("واشنطن", "واشنطن", "capital", "US");
    check("موسكو", "موسكو", "capital", "RU");
    check("أمريكا", "أمريكا", "country", "US");
    check("الولايات المتحدة الأميركية", "أمريكا", "country", "US");
  }

  @Test
  void ambiguityPrefersCountryThenCapitalThenPopulation() throws Exception {
    PlaceResolver small = PlaceResolver.read(new StringReader("""
        # name, key, kind, country, population
        طرابلس\t\tcity\tLB\t227857
        طرابلس\t\tcapital\tLY\t1183000
        الكرك\t\tcity\tJO\t20000
        الكرك\t\tcity\tIQ\t90000
        جيبوتي\t\tcapital\tDJ\t600000
        جيبوتي\t\tcountry\tDJ\t0
        """), Demonyms.defaults());
    assertThat(small.resolve("طرابلس").orElseThrow().country()).isEqualTo("LY");
    assertThat(small.resolve("الكرك").orElseThrow().country()).isEqualTo("IQ");
    assertThat(small.resolve("جيبوتي").orElseThrow().kind()).isEqualTo("country");
    assertThat(PLACES.resolve("طرابلس").orElseThrow().country()).isEqualTo("LY");
  }

  @Test
  void demonymsResolveToTheirCountry() {
    check("العراقي", "العراق", "country", "IQ");
    check("الإيرانية", "إيران", "country", "IR");
    check("السعودي", "السعودية", "country", "SA");
  }

  @Test
  void wikidataMislabelsAndCommonWordsAreNotPlaces() {
    assertThat(PLACES.resolve("فاموتيدين")).isEmpty();
    assertThat(PLACES.resolve("البحر")).isEmpty();
    assertThat(PLACES.resolve("الموصل").orElseThrow().country()).isEqualTo("IQ");
  }

  @Test
  void unknownAndEmptyMentionsResolveToNothing() {
    assertThat(PLACES.resolve("زبرقان")).isEmpty();
    assertThat(PLACES.resolve("")).isEmpty();
    assertThat(PLACES.resolve("،.")).isEmpty();
  }

  @Test
  void frequentNewsPlacesResolveToTheirCountry() throws IOException {
    List<String> misses = new ArrayList<>();
    int rows = 0;
    try (InputStream in = PlaceResolverTest.class.getResourceAsStream("news-places.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows++;
        String[] f = line.split("\t");
        String got = PLACES.resolve(f[0]).map(Place::country).orElse("-");
        if (!got.equals(f[1])) {
          misses.add(f[0] + " → " + got + " (expected " + f[1] + ")");
        }
      }
    }
    assertThat(rows).isGreaterThan(100);
    assertThat(misses).isEmpty();
  }
}
