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
 *       The hash (a 64-bit polynomial over the folded chars and the MurmurHash3 finalizer) runs in one pass without
 *       allocation: it is on the structurer's hot path.
 * </ul>
 */
public final class ArticleIds {
  private ArticleIds() {}


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
      h = mix(h * P1 + '\n', key);
    }
    return HexFormat.of().toHexDigits(fmix64(h));
  }

  /**
   * A polynomial hash over the folded chars, four at a time so the multiplications do not wait on each other (this
   * is on the hot path; the finalizer makes up for the weak mixing).
   */
  private static long mix(long h, String key) {
    int n = key.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      h = h * P4 + fold(key.charAt(i)) * P3 + fold(key.charAt(i + 1)) * P2 + fold(key.charAt(i + 2)) * P1
          + fold(key.charAt(i + 3));
    }
    for (; i < n; i++) {
      h = h * P1 + fold(key.charAt(i));
    }
    return h;
  }

  private static final long P1 = 0x100000001B3L; // the 64-bit FNV prime
  private static final long P2 = P1 * P1;
  private static final long P3 = P2 * P1;
  private static final long P4 = P3 * P1;
  private static final char[] FOLD = foldTable();

  /** The search foldings that keys keep apart: alef variants, alef maksura, taa marbuta, hamza seats. */
  private static long fold(char c) {
    return c < FOLD.length ? FOLD[c] : c;
  }

  private static char[] foldTable() {
    char[] table = new char[0x0700];
    for (char c = 0; c < table.length; c++) {
      table[c] = switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
        case 'ى', 'ی' -> 'ي';
        case 'ة' -> 'ه';
        case 'ؤ' -> 'و';
        case 'ئ' -> 'ي';
        case 'ک' -> 'ك';
        default -> c;
      };
    }
    return table;
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
