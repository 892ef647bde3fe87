package org.rasid.bench.htmlfixtures;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rasid.core.json.Json;

/**
 * One evaluation page: {@code NAME.html} (UTF-8) and its gold record {@code NAME.json}, side by side in a folder.
 *
 * @param name the file name without extension, e.g. {@code 01-aljazeera-water-talks}
 * @param html the page's text
 * @param gold the expected record
 */
public record HtmlFixture(String name, String html, Gold gold) {

  /**
   * Every {@code *.html} of {@code dir} with its {@code .json}, sorted by name.
   *
   * @throws IOException when the folder cannot be listed or a file cannot be read
   * @throws IllegalArgumentException naming the file, when a page has no gold or its gold is not valid
   */
  public static List<HtmlFixture> load(Path dir) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    List<HtmlFixture> fixtures = new ArrayList<>();
    for (Path page : pages) {
      String file = page.getFileName().toString();
      String name = file.substring(0, file.length() - ".html".length());
      Path goldFile = page.resolveSibling(name + ".json");
      if (!Files.isRegularFile(goldFile)) {
        throw new IllegalArgumentException(file + ": no gold record " + goldFile.getFileName());
      }
      Gold gold;
      try {
        gold = Gold.of(Json.mapper().readTree(Files.readString(goldFile, StandardCharsets.UTF_8)));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new IllegalArgumentException(goldFile.getFileName() + ": not a valid gold record: " + e.getMessage(), e);
      }
      fixtures.add(new HtmlFixture(name, Files.readString(page, StandardCharsets.UTF_8), gold));
    }
    return fixtures;
  }
}
