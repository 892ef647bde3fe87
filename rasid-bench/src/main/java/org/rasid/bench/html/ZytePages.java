package org.rasid.bench.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;

/**
 * The article-extraction benchmark's data in {@code shared/data/html/zyte}: {@code ground-truth.json} ({@code {id:
 * {articleBody, url}}}) and {@code html/<id>.html.gz} (UTF-8, gzip).
 */
public final class ZytePages {
  private ZytePages() {}

  /** One benchmark page with its expected body. */
  public record Page(String id, String url, String truth, Path html) {}

  public static Path dir(Path shared) {
    return shared.resolve("data/html/zyte");
  }

  /** The pages of the ground truth, in its order. */
  public static List<Page> load(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      pages.add(new Page(e.getKey(), v.path("url").asText(null), v.path("articleBody").asText(""),
          dir.resolve("html").resolve(e.getKey() + ".html.gz")));
    }
    return pages;
  }

  /** The page's HTML, gunzipped (bounded by {@link Limits#MAX_DECOMPRESSED_BYTES}) and decoded as UTF-8. */
  public static String html(Page page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page.html()))) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Limits.MAX_DECOMPRESSED_BYTES + 1));
      if (bytes.length > Limits.MAX_DECOMPRESSED_BYTES) {
        throw InputRejectedException.tooLarge(page.html().toString(), Limits.MAX_DECOMPRESSED_BYTES);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
