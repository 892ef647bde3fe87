package org.rasid.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Is the process talking to a person at a terminal? */
final class Terminal {
  private Terminal() {}

  /**
   * True when stdout/stderr go to a terminal. On JDK 22+ {@code System.console()} exists even when output is
   * redirected, so {@code Console.isTerminal()} (22+) is asked when present; on 21 a non-null console suffices.
   */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console means a terminal
    }
  }
}
