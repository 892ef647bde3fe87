package org.rasid.core.structure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.rasid.core.model.Block;

/**
 * Stable article ids, 16 hex digits.
 *
 * <ul>
 *   <li>With a URL: the first 64 bits of SHA-256 over {@code "u\n" + url}.
 *   <li>Without: a 64-bit hash of the title and body compared the way duplicates are ({@link DuplicateKey}:
 *       punctuation, spacing, diacritics and tatweel ignored), with the search foldings on top (alef variants,
 *       alef maksura, taa marbuta, hamza seats), so the same story scraped twice, or re-spelled, gets the same id.
 *       The hash (a multiply-xorshift per char and the MurmurHash3 finalizer) runs in one pass without allocation:
 *       it is on the structurer's hot path.
 * </ul>
 */
public final class ArticleIds {
  private ArticleIds() {}

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** The id of an article from its URL when known, else from its title and blocks. */
  public static String of(String url, String title, List<Block> blocks) {
    if (url != null && !url.isBlank()) {
      return ofUrl(url);
    }
    List<String> keys = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      keys.add(DuplicateKey.of(b.text()));
    }
    return ofKeys(title == null ? null : DuplicateKey.of(title), keys);
  }

  static String ofUrl(String url) {
    byte[] digest = sha256(("u\n" + url.strip()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** The content id from {@link DuplicateKey} keys already computed. */
  static String ofKeys(String titleKey, List<String> blockKeys) {
    long h = 0x63L; // 'c'
    if (titleKey != null) {
      h = mix(h, titleKey);
    }
    for (String key : blockKeys) {
      h = mix(h * MULTIPLIER + '\n', key);
    }
    return HexFormat.of().toHexDigits(fmix64(h));
  }

  private static long mix(long h, String key) {
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ fold(key.charAt(i))) * MULTIPLIER;
      h ^= h >>> 29;
    }
    return h;
  }

  /** The search foldings that keys keep apart: alef variants, alef maksura, taa marbuta, hamza seats. */
  private static char fold(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى', 'ی' -> 'ي';
      case 'ة' -> 'ه';
      case 'ؤ' -> 'و';
      case 'ئ' -> 'ي';
      case 'ک' -> 'ك';
      default -> c;
    };
  }

  /** MurmurHash3's 64-bit finalizer. */
  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
