package org.rasid.server.html;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold, 1991) of a small weighted graph in the unit
 * square: nodes repel each other, edges pull their ends together (more strongly when heavier), a weak pull to the
 * centre keeps unconnected nodes in view. The nodes start on a circle with a seeded jitter and move for a fixed
 * number of rounds with a falling step, so the same graph and seed always give the same picture. Pure; the work is
 * {@link #ROUNDS} × n² for n nodes (the network caps n at {@link org.rasid.core.io.Limits#MAX_NETWORK_NODES}).
 */
public final class ForceLayout {
  private ForceLayout() {}

  /** Rounds of moves. */
  static final int ROUNDS = 300;
  /** Free space left on each side of the unit square, for the node shapes and labels. */
  static final double MARGIN = 0.06;
  /** The seed of the pages' layouts. */
  public static final long SEED = 0x5241534944L; // "RASID"

  /** An edge between node indices {@code a} and {@code b}, of weight ≥ 1. */
  public record Link(int a, int b, long weight) {}

  /** A position in the unit square, x to the right and y down. */
  public record Point(double x, double y) {}

  /**
   * Positions for {@code n} nodes joined by {@code links}, each within [{@link #MARGIN}, 1 − {@link #MARGIN}].
   * One node sits in the centre; links out of range are ignored.
   */
  public static List<Point> layout(int n, List<Link> links, long seed) {
    Objects.requireNonNull(links, "links");
    if (n <= 0) {
      return List.of();
    }
    if (n == 1) {
      return List.of(new Point(0.5, 0.5));
    }
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
    double k = Math.sqrt(1.0 / n) * 0.9; // the ideal distance between neighbours
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
        if (l.a() < 0 || l.b() < 0 || l.a() >= n || l.b() >= n || l.a() == l.b()) {
          continue;
        }
        double ex = x[l.a()] - x[l.b()];
        double ey = y[l.a()] - y[l.b()];
        double d = Math.max(Math.sqrt(ex * ex + ey * ey), 1e-3);
        double strength = 0.5 + 0.5 * Math.log1p(l.weight()) / Math.log1p(maxWeight);
        double force = d / k * strength; // d² / k, along the unit vector
        dx[l.a()] -= ex * force;
        dy[l.a()] -= ey * force;
        dx[l.b()] += ex * force;
        dy[l.b()] += ey * force;
      }
      double step = 0.1 * (1 - (double) round / ROUNDS) + 0.002;
      for (int i = 0; i < n; i++) {
        dx[i] -= (x[i] - 0.5) * 0.08 / k; // gravity
        dy[i] -= (y[i] - 0.5) * 0.08 / k;
        double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (len > 0) {
          double move = Math.min(len, step);
          x[i] += dx[i] / len * move;
          y[i] += dy[i] / len * move;
        }
      }
    }
    return fit(x, y);
  }

  /** Scales and centres the positions into the square within the margins, keeping the aspect. */
  private static List<Point> fit(double[] x, double[] y) {
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i = 0; i < x.length; i++) {
      minX = Math.min(minX, x[i]);
      maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]);
      maxY = Math.max(maxY, y[i]);
    }
    double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
    double scale = (1 - 2 * MARGIN) / span;
    double offX = MARGIN + ((1 - 2 * MARGIN) - (maxX - minX) * scale) / 2;
    double offY = MARGIN + ((1 - 2 * MARGIN) - (maxY - minY) * scale) / 2;
    Point[] out = new Point[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = new Point(offX + (x[i] - minX) * scale, offY + (y[i] - minY) * scale);
    }
    return List.of(out);
  }
}
