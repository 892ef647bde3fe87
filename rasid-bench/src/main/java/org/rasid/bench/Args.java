package org.rasid.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal option parsing for the bench subcommands: {@code --name VALUE}, {@code --name=VALUE}, boolean
 * {@code --name}, positionals, and {@code --} to end options. Anything else starting with {@code -} is an error.
 */
public final class Args {
  private final Map<String, String> values;
  private final Set<String> flags;
  private final List<String> positionals;

  private Args(Map<String, String> values, Set<String> flags, List<String> positionals) {
    this.values = values;
    this.flags = flags;
    this.positionals = positionals;
  }

  /**
   * Parses {@code args}.
   *
   * @param valueOptions options that take a value, such as {@code --out}
   * @param booleanOptions options that take none, such as {@code --help}
   * @throws UsageException for an unknown option, a missing value or an option given twice
   */
  public static Args parse(List<String> args, Set<String> valueOptions, Set<String> booleanOptions)
      throws UsageException {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positionals = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (booleanOptions.contains(name)) {
        if (value != null) {
          throw new UsageException(name + " takes no value");
        }
        flags.add(name);
      } else if (valueOptions.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
          }
          value = args.get(++i);
        }
        if (values.put(name, value) != null) {
          throw new UsageException(name + " given more than once");
        }
      } else {
        throw new UsageException("unknown option " + arg);
      }
    }
    return new Args(values, flags, positionals);
  }

  public boolean has(String flag) {
    return flags.contains(flag) || values.containsKey(flag);
  }

  public String value(String option, String defaultValue) {
    return values.getOrDefault(option, defaultValue);
  }

  /** The option's value as an int of at least {@code min}, or {@code defaultValue} when absent. */
  public int intValue(String option, int defaultValue, int min) throws UsageException {
    String v = values.get(option);
    if (v == null) {
      return defaultValue;
    }
    int n;
    try {
      n = Integer.parseInt(v.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number, not '" + v + "'");
    }
    if (n < min) {
      throw new UsageException(option + " must be at least " + min + ", not " + n);
    }
    return n;
  }

  public List<String> positionals() {
    return positionals;
  }
}
