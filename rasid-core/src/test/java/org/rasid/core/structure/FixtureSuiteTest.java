package org.rasid.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rasid.core.json.Json;

/**
 * The hand-written fixture suite: each {@code fixtures/articles/NN-….txt} raw scrape must structure into the
 * record in the {@code .json} beside it (every field but {@code id} and {@code schemaVersion}), with every line
 * accounted for and a second pass changing nothing.
 */
class FixtureSuiteTest {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private final Structurer structurer = new Structurer();

  @TestFactory
  Stream<DynamicTest> everyFixtureStructuresToItsExpectedRecord() throws IOException, URISyntaxException {
    Path dir = Path.of(FixtureSuiteTest.class.getResource("/fixtures/articles").toURI());
    List<Path> raws;
    try (Stream<Path> files = Files.list(dir)) {
      raws = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(raws).as("fixture count").hasSizeGreaterThanOrEqualTo(30);
    return raws.stream().map(raw -> DynamicTest.dynamicTest(raw.getFileName().toString(), () -> check(raw)));
  }

  private void check(Path raw) throws IOException {
    String text = Files.readString(raw, StandardCharsets.UTF_8);
    Path expectedFile = raw.resolveSibling(raw.getFileName().toString().replaceAll("\\.txt$", ".json"));
    Map<String, Object> expected = Json.mapper().readValue(Files.readString(expectedFile), MAP);
    Structured s = structurer.structure(text);
    Map<String, Object> actual = Json.mapper().convertValue(s.article(), MAP);
    actual.remove("id");
    actual.remove("schemaVersion");
    expected.remove("id");
    expected.remove("schemaVersion");
    List<String> diffs = new ArrayList<>();
    for (String field : expected.keySet()) {
      if (!java.util.Objects.equals(expected.get(field), actual.get(field))) {
        diffs.add(field + ":\n  expected " + Json.compact(expected.get(field)) + "\n  actual   "
            + Json.compact(actual.get(field)));
      }
    }
    assertThat(diffs).as(raw.getFileName().toString()).isEmpty();
    assertThat(LineAccounting.violations(text, s)).isEmpty();
    String clean = TextRenderer.render(s.article());
    assertThat(StructurerTest.withoutDropped(structurer.structure(clean).article()))
        .isEqualTo(StructurerTest.withoutDropped(s.article()));
  }
}
