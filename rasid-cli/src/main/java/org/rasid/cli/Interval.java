package org.rasid.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses durations such as {@code 15m}, {@code 90s}, {@code 1h}, {@code 1h30m} (or ISO-8601 {@code PT15M}). */
final class Interval implements ITypeConverter<Duration> {
  private static final Pattern PARTS = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  @Override
  public Duration convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt")) {
        return positive(Duration.parse(v), value);
      }
      Matcher m = PARTS.matcher(v);
      if (!v.isEmpty() && m.matches()) {
        Duration d = Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3));
        return positive(d, value);
      }
    } catch (RuntimeException e) {
      // fall through to the message below
    }
    throw new TypeConversionException("not a duration (examples: 15m, 90s, 1h, 1h30m): " + value);
  }

  private static long part(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  private static Duration positive(Duration d, String value) {
    if (d.isZero() || d.isNegative()) {
      throw new TypeConversionException("duration must be positive: " + value);
    }
    return d;
  }
}
