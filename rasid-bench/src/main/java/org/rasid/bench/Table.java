package org.rasid.bench;

import java.util.ArrayList;
import java.util.List;

/** A table rendered as Markdown with padded columns, so the same text reads well in a terminal and a .md file. */
public final class Table {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size());
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object c : cells) {
      row.add(cell(c));
    }
    rows.add(row);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  private static String cell(Object c) {
    String s = String.valueOf(c);
    return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  public String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.max(3, headers.get(i).length());
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    sb.append('|');
    for (int w : widths) {
      sb.append('-').append("-".repeat(w)).append("-|");
    }
    sb.append('\n');
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    sb.append('|');
    for (int i = 0; i < widths.length; i++) {
      String c = cells.get(i);
      sb.append(' ').append(c).append(" ".repeat(widths[i] - c.length())).append(" |");
    }
    sb.append('\n');
  }

  /**
   * {@code s} with invisible characters spelled out as {@code ⟨U+00A0⟩}: format characters (zero-width and bidi
   * marks), controls and spaces other than U+0020, so that a line that looks blank can be read.
   */
  public static String visible(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      boolean invisible = type == Character.FORMAT || type == Character.CONTROL
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || (type == Character.SPACE_SEPARATOR && c != ' ');
      if (invisible && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (invisible) {
          sb.append(String.format("⟨U+%04X⟩", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** {@code s} cut to at most {@code max} characters, with an ellipsis when cut. */
  public static String truncate(String s, int max) {
    if (s == null) {
      return "null";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
