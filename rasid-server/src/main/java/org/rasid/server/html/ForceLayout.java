package org.rasid.server.html;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold, 1991) of a small weighted graph in the unit
 * square: nodes repel each other, edges pull their ends together (more strongly when heavier), a weak pull to the
 * centre keeps separate groups in view, and nodes without any link wait in rows underneath. The nodes start on a circle with a seeded jitter and move for a fixed
 * number of rounds with a falling step, so the same graph and seed always give the same picture. Pure; the work is
 * {@link #ROUNDS} × n² for n nodes (the network caps n at {@link org.rasid.core.io.Limits#MAX_NETWORK_NODES}).
 */
public final class ForceLayout {
  private ForceLayout() {}

  /** Rounds of moves. */
  static final int ROUNDS = 300;
  /** Pull towards the centre per unit of distance. */
  static final double GRAVITY = 1.5;
  /** Free space left on each side of the unit square, for the node shapes and labels. */
  static final double MARGIN = 0.06;
  /** The seed of the pages' layouts. */
  public static final long SEED = 0x5241534944L; // "RASID"

  /** An edge between node indices {@code a} and {@code b}, of weight ≥ 1. */
  public record Link(int a, int b, long weight) {}

  /** A position in the unit square, x to the right and y down. */
  public record Point(double x, double y) {}

  /** Unlinked nodes per row under the drawing. */
  static final int PER_ROW = 10;
  /** Height of one row of unlinked nodes. */
  static final double ROW_HEIGHT = 0.09;

  /**
   * Positions for {@code n} nodes joined by {@code links}, each within [{@link #MARGIN}, 1 − {@link #MARGIN}]. The
   * linked nodes are laid out by force and stretched to fill the square; nodes without a link sit in rows of {@link
   * #PER_ROW} under them (left to right, in index order), so that they neither crowd the picture nor shrink it. With
   * fewer than two linked nodes every node goes in the rows. Links out of range or from a node to itself are ignored.
   */
  public static List<Point> layout(int n, List<Link> links, long seed) {
    Objects.requireNonNull(links, "links");
    if (n <= 0) {
      return List.of();
    }
    if (n == 1) {
      return List.of(new Point(0.5, 0.5));
    }
    boolean[] linked = new boolean[n];
    List<Link> valid = new java.util.ArrayList<>();
    for (Link l : links) {
      if (l.a() >= 0 && l.b() >= 0 && l.a() < n && l.b() < n && l.a() != l.b()) {
        valid.add(l);
        linked[l.a()] = true;
        linked[l.b()] = true;
      }
    }
    int[] core = java.util.stream.IntStream.range(0, n).filter(i -> linked[i]).toArray();
    int[] loose = java.util.stream.IntStream.range(0, n).filter(i -> !linked[i]).toArray();
    if (core.length < 2) {
      core = new int[0];
      loose = java.util.stream.IntStream.range(0, n).toArray();
    }
    Point[] out = new Point[n];
    int rows = (loose.length + PER_ROW - 1) / PER_ROW;
    double top = core.length == 0 ? MARGIN : 1 - MARGIN - rows * ROW_HEIGHT + ROW_HEIGHT / 2;
    double rowHeight = core.length == 0 ? (1 - 2 * MARGIN) / Math.max(1, rows) : ROW_HEIGHT;
    for (int i = 0; i < loose.length; i++) {
      int row = i / PER_ROW;
      int inRow = Math.min(PER_ROW, loose.length - row * PER_ROW);
      double x = MARGIN + (1 - 2 * MARGIN) * ((i % PER_ROW) + 0.5) / inRow;
      double y = core.length == 0 ? top + rowHeight * (row + 0.5) : top + rowHeight * row;
      out[loose[i]] = new Point(x, Math.min(y, 1 - MARGIN));
    }
    if (core.length > 0) {
      int[] position = new int[n];
      for (int i = 0; i < core.length; i++) {
        position[core[i]] = i;
      }
      List<Link> coreLinks = valid.stream().map(l -> new Link(position[l.a()], position[l.b()], l.weight())).toList();
      double bottom = loose.length == 0 ? 1 - MARGIN : 1 - MARGIN - rows * ROW_HEIGHT - ROW_HEIGHT / 2;
      List<Point> placed = force(core.length, coreLinks, seed, bottom);
      for (int i = 0; i < core.length; i++) {
        out[core[i]] = placed.get(i);
      }
    }
    return List.of(out);
  }

  /** Fruchterman–Reingold over {@code n} linked nodes, fitted into [MARGIN, 1 − MARGIN] × [MARGIN, bottom]. */
  private static List<Point> force(int n, List<Link> links, long seed, double bottom) {
    Random random = new Random(seed);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n;
      x[i] = 0.5 + 0.35 * Math.cos(angle) + (random.nextDouble() - 0.5) * 0.02;
      y[i] = 0.5 + 0.35 * Math.sin(angle) + (random.nextDouble() - 0.5) * 0.02;
    }
    long maxWeight = 1;
    for (Link l : links) {
      maxWeight = Math.max(maxWeight, l.weight());
    }
    double k = Math.sqrt(1.0 / n); // the ideal distance between neighbours
    double[] dx = new double[n];
    double[] dy = new double[n];
    for (int round = 0; round < ROUNDS; round++) {
      java.util.Arrays.fill(dx, 0);
      java.util.Arrays.fill(dy, 0);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double ex = x[i] - x[j];
          double ey = y[i] - y[j];
          double d2 = Math.max(ex * ex + ey * ey, 1e-6);
          double force = k * k / d2; // k² / d, along the unit vector (ex, ey) / d
          dx[i] += ex * force;
          dy[i] += ey * force;
          dx[j] -= ex * force;
          dy[j] -= ey * force;
        }
      }
      for (Link l : links) {
        double ex = x[l.a()] - x[l.b()];
        double ey = y[l.a()] - y[l.b()];
        double d = Math.max(Math.sqrt(ex * ex + ey * ey), 1e-3);
        double strength = 0.4 + 0.6 * Math.log1p(l.weight()) / Math.log1p(maxWeight);
        double force = d / k * strength; // d² / k, along the unit vector
        dx[l.a()] -= ex * force;
        dy[l.a()] -= ey * force;
        dx[l.b()] += ex * force;
        dy[l.b()] += ey * force;
      }
      double step = 0.1 * (1 - (double) round / ROUNDS) + 0.002;
      for (int i = 0; i < n; i++) {
        // gravity: the repulsion of all n nodes on a far one is about n k² / d = 1 / d, so a pull of GRAVITY × d
        // keeps every node, and a separate group, within about 1 / √GRAVITY of the centre
        dx[i] -= (x[i] - 0.5) * GRAVITY;
        dy[i] -= (y[i] - 0.5) * GRAVITY;
        double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (len > 0) {
          double move = Math.min(len, step);
          x[i] += dx[i] / len * move;
          y[i] += dy[i] / len * move;
        }
      }
    }
    return spread(fit(x, y, bottom), bottom);
  }

  /** Closest two node centres may come after {@link #spread}, in the unit square (labels need the room). */
  static final double MIN_GAP = 0.085;

  /**
   * Pushes apart, in a few sweeps, nodes whose centres are closer than {@link #MIN_GAP} (hubs tied by heavy links end
   * on top of each other otherwise), each pair by half the shortfall, along the line between them, within the box.
   */
  private static List<Point> spread(List<Point> placed, double bottom) {
    int n = placed.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = placed.get(i).x();
      y[i] = placed.get(i).y();
    }
    for (int sweep = 0; sweep < 50; sweep++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double ex = x[j] - x[i];
          double ey = y[j] - y[i];
          double d = Math.sqrt(ex * ex + ey * ey);
          if (d >= MIN_GAP) {
            continue;
          }
          if (d < 1e-9) { // the same point: part them sideways, deterministically
            ex = 1;
            ey = 0;
            d = 1;
            x[j] += 1e-6;
          }
          double push = (MIN_GAP - Math.min(d, MIN_GAP)) / 2;
          x[i] = clamp(x[i] - ex / d * push, MARGIN, 1 - MARGIN);
          y[i] = clamp(y[i] - ey / d * push, MARGIN, bottom);
          x[j] = clamp(x[j] + ex / d * push, MARGIN, 1 - MARGIN);
          y[j] = clamp(y[j] + ey / d * push, MARGIN, bottom);
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    Point[] out = new Point[n];
    for (int i = 0; i < n; i++) {
      out[i] = new Point(x[i], y[i]);
    }
    return List.of(out);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }

  /** Stretches the positions to fill [MARGIN, 1 − MARGIN] × [MARGIN, bottom], each axis on its own. */
  private static List<Point> fit(double[] x, double[] y, double bottom) {
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i = 0; i < x.length; i++) {
      minX = Math.min(minX, x[i]);
      maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]);
      maxY = Math.max(maxY, y[i]);
    }
    double width = 1 - 2 * MARGIN;
    double height = bottom - MARGIN;
    Point[] out = new Point[x.length];
    for (int i = 0; i < x.length; i++) {
      double px = maxX - minX < 1e-9 ? 0.5 : MARGIN + (x[i] - minX) / (maxX - minX) * width;
      double py = maxY - minY < 1e-9 ? (MARGIN + bottom) / 2 : MARGIN + (y[i] - minY) / (maxY - minY) * height;
      out[i] = new Point(px, py);
    }
    return List.of(out);
  }
}
