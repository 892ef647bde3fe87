package org.rasid.core.structure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.rasid.core.model.Block;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Stable article ids: 16 hex digits of SHA-256, over the URL when known ("u" prefix in the hashed text), else over
 * the search-normalized title and body ("c" prefix). The same story scraped twice gets the same id; spelling
 * variants of the body (hamza seats, taa marbuta, diacritics) do too.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String url, String title, List<Block> blocks) {
    StringBuilder sb = new StringBuilder(256);
    if (url != null && !url.isBlank()) {
      sb.append("u\n").append(url.strip());
    } else {
      sb.append("c\n");
      if (title != null) {
        sb.append(ArabicNormalizer.normalizeForSearch(title));
      }
      for (Block b : blocks) {
        sb.append('\n').append(ArabicNormalizer.normalizeForSearch(b.text()));
      }
    }
    return HexFormat.of().formatHex(sha256(sb.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
