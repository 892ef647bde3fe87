package org.rasid.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Charset labels, as pages and servers write them, to the charsets {@link HtmlDecoder} supports. The labels are
 * those of the WHATWG Encoding Standard for these encodings, with one difference: {@code us-ascii} / {@code ascii}
 * name US-ASCII (checked as such: a high byte disproves it) rather than windows-1252. {@code iso-8859-1} and its
 * aliases read as windows-1252, its superset, as browsers do. Labels of other encodings are unsupported and ignored.
 */
final class CharsetLabels {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Map<String, Charset> BY_LABEL = new HashMap<>();

  static {
    register(StandardCharsets.UTF_8,
        List.of("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"));
    register(WINDOWS_1256, List.of("cp1256", "windows-1256", "x-cp1256"));
    register(ISO_8859_6, List.of("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
        "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6",
        "iso_8859-6:1987"));
    register(StandardCharsets.US_ASCII, List.of("ansi_x3.4-1968", "ascii", "us-ascii"));
    register(WINDOWS_1252, List.of("cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
        "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "windows-1252", "x-cp1252"));
    register(StandardCharsets.UTF_16LE,
        List.of("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"));
    register(StandardCharsets.UTF_16BE, List.of("unicodefffe", "utf-16be"));
  }

  private CharsetLabels() {}

  private static void register(Charset charset, List<String> labels) {
    labels.forEach(label -> BY_LABEL.put(label, charset));
  }

  /** The charset a label names: case-insensitive, surrounding whitespace and quotes ignored; empty if unsupported. */
  static Optional<Charset> lookup(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.strip();
    if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
        && key.charAt(key.length() - 1) == key.charAt(0)) {
      key = key.substring(1, key.length() - 1).strip();
    }
    return Optional.ofNullable(BY_LABEL.get(key.toLowerCase(Locale.ROOT)));
  }

  /** Whether the charset is UTF-16 of either byte order. */
  static boolean isUtf16(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
  }
}
