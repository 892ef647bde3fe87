package org.rasid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Where and how a measurement ran: date, JDK, machine, heap settings, the command. */
public final class RunInfo {
  private RunInfo() {}

  public static String date() {
    return ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT));
  }

  public static String jdk() {
    return System.getProperty("java.vendor", "?") + " " + System.getProperty("java.vm.name", "?") + " "
        + System.getProperty("java.runtime.version", System.getProperty("java.version", "?"));
  }

  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Cores, CPU model when known, OS and architecture. */
  public static String machine() {
    return cores() + " cores" + cpuModel().map(m -> ", " + m).orElse("") + ", " + System.getProperty("os.name")
        + " " + System.getProperty("os.arch");
  }

  private static java.util.Optional<String> cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return java.util.Optional.empty();
    }
    try (var lines = Files.lines(cpuinfo)) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip().replaceAll("\\s+", " "));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** The heap limit and whether it was set explicitly, e.g. "-Xmx2g (max heap 2,048 MB)". */
  public static String heapSetting() {
    List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
    String set = jvmArgs.stream()
        .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAMPercentage"))
        .reduce((a, b) -> b).orElse("-Xmx not set (JVM default)");
    return set + ", max heap " + mb(Runtime.getRuntime().maxMemory());
  }

  public static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / (1024.0 * 1024.0));
  }

  /** {@code args} without {@code option} and its value (both "--opt v" and "--opt=v"). */
  public static List<String> without(List<String> args, String option) {
    List<String> kept = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(option)) {
        i++;
      } else if (!args.get(i).startsWith(option + "=")) {
        kept.add(args.get(i));
      }
    }
    return kept;
  }

  /** A shell-like rendering of a command line, quoting arguments that need it. */
  public static String command(String prefix, List<String> args) {
    StringBuilder sb = new StringBuilder(prefix);
    for (String a : args) {
      sb.append(' ');
      if (!a.isEmpty() && a.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,@+%".indexOf(c) >= 0)) {
        sb.append(a);
      } else {
        sb.append('\'').append(a.replace("'", "'\\''")).append('\'');
      }
    }
    return sb.toString();
  }
}
