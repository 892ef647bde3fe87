package org.rasid.core.io;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/** File signatures ("magic numbers") of binary formats that turn up where text is expected. */
enum BinarySignature {
  PDF("PDF document", "25504446"), // %PDF
  PNG("PNG image", "89504E470D0A1A0A"),
  JPEG("JPEG image", "FFD8FF"),
  GIF("GIF image", "47494638"), // GIF8
  ZIP("ZIP archive", "504B0304"), // PK\3\4
  GZIP("gzip data", "1F8B");

  private final String kind;
  private final byte[] prefix;

  BinarySignature(String kind, String prefixHex) {
    this.kind = kind;
    this.prefix = HexFormat.of().parseHex(prefixHex);
  }

  /** The signature {@code bytes} start with, if any. */
  static Optional<BinarySignature> of(byte[] bytes) {
    return Arrays.stream(values()).filter(signature -> startsWith(bytes, signature.prefix)).findFirst();
  }

  /** What the format is, for messages: "PNG image". */
  String kind() {
    return kind;
  }

  /** Whether {@code bytes} start with {@code prefix}. */
  static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
