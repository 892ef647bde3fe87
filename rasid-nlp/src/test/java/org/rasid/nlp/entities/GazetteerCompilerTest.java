package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerCompilerTest {
  private static final String CSV = """
      \uFEFFCountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population
      "العراق","Iraq","بغداد","Baghdad",6183000
      "العراق","Iraq","محافظة كربلاء","Karbala'",690100
      "العراق","Iraq","فاموتيدين","Mosul",1792000
      "العراق","Iraq","ملعب الفلوجة","Al Fallujah",250884
      "مصر","Egypt","Suez","Suez",516959
      "أرض العجائب","Wonderland","مدينة","Town",1
      """;
  private static final String CORRECTIONS = "drop\tفاموتيدين\nadd\tالموصل\tcity\tIQ\t1792000\n";

  private static List<String> rows(String tsv) {
    return tsv.lines().filter(l -> !l.startsWith("#")).toList();
  }

  @Test
  void compilesCitiesCountriesAndCorrections() {
    List<String> rows = rows(new GazetteerCompiler().compile(CSV, CORRECTIONS));
    assertThat(rows).contains("كربلاء\tكربلاء\tcity\tIQ\t690100", "محافظة كربلاء\tمحافظه كربلاء\tregion\tIQ\t690100",
        "الموصل\tالموصل\tcity\tIQ\t1792000", "العراق\tالعراق\tcountry\tIQ\t0");
    assertThat(rows).anyMatch(r -> r.startsWith("بغداد\tبغداد\tcapital\tIQ\t6183000"));
    assertThat(String.join("\n", rows)).doesNotContain("فاموتيدين", "ملعب", "Suez", "Wonderland");
  }

  @Test
  void addsIcuCountryAndTimeZoneNames() {
    List<String> rows = rows(new GazetteerCompiler().compile(CSV, ""));
    assertThat(rows).anyMatch(r -> r.startsWith("فرنسا\t") && r.contains("\tcountry\tFR\t"));
    // Exemplar city of the Asia/Tehran zone, with the zone's country.
    assertThat(rows).anyMatch(r -> r.startsWith("طهران\t") && r.contains("\tIR\t"));
  }

  @Test
  void outputIsDeterministic() {
    assertThat(new GazetteerCompiler().compile(CSV, CORRECTIONS))
        .isEqualTo(new GazetteerCompiler().compile(CSV, CORRECTIONS));
  }

  @Test
  void csvFieldsHandleQuotesAndCommas() {
    assertThat(GazetteerCompiler.csvFields("\"a, b\",\"say \"\"x\"\"\",3"))
        .containsExactly("a, b", "say \"x\"", "3");
  }
}
