package org.rasid.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {
  /** Two groups of five, each fully joined, and no link between them. */
  static List<ForceLayout.Link> twoClusters() {
    List<ForceLayout.Link> links = new ArrayList<>();
    for (int base : new int[] {0, 5}) {
      for (int i = 0; i < 5; i++) {
        for (int j = i + 1; j < 5; j++) {
          links.add(new ForceLayout.Link(base + i, base + j, 1 + i));
        }
      }
    }
    return links;
  }

  @Test
  void theSameGraphAndSeedGiveTheSamePicture() {
    assertThat(ForceLayout.layout(10, twoClusters(), 7)).isEqualTo(ForceLayout.layout(10, twoClusters(), 7));
    assertThat(ForceLayout.layout(10, twoClusters(), 7)).isNotEqualTo(ForceLayout.layout(10, twoClusters(), 8));
  }

  @Test
  void everyNodeStaysInsideTheMargins() {
    for (int n : new int[] {2, 3, 10, 100}) {
      List<ForceLayout.Link> links = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        links.add(new ForceLayout.Link(0, i, i)); // a star
      }
      List<ForceLayout.Point> points = ForceLayout.layout(n, links, ForceLayout.SEED);
      assertThat(points).hasSize(n).allSatisfy(p -> {
        assertThat(p.x()).isBetween(ForceLayout.MARGIN - 1e-9, 1 - ForceLayout.MARGIN + 1e-9);
        assertThat(p.y()).isBetween(ForceLayout.MARGIN - 1e-9, 1 - ForceLayout.MARGIN + 1e-9);
      });
    }
  }

  @Test
  void linkedNodesEndCloserThanUnlinkedOnes() {
    List<ForceLayout.Point> p = ForceLayout.layout(10, twoClusters(), ForceLayout.SEED);
    double within = 0;
    double between = 0;
    int w = 0;
    int b = 0;
    for (int i = 0; i < 10; i++) {
      for (int j = i + 1; j < 10; j++) {
        double d = Math.hypot(p.get(i).x() - p.get(j).x(), p.get(i).y() - p.get(j).y());
        if (i / 5 == j / 5) {
          within += d;
          w++;
        } else {
          between += d;
          b++;
        }
      }
    }
    assertThat(within / w).isLessThan(between / b / 2);
  }

  @Test
  void unlinkedNodesWaitInRowsUnderTheLinkedOnes() {
    List<ForceLayout.Link> links = new ArrayList<>(twoClusters()); // nodes 0-9 linked, 10-24 not
    List<ForceLayout.Point> p = ForceLayout.layout(25, links, ForceLayout.SEED);
    double lowestLinked = p.subList(0, 10).stream().mapToDouble(ForceLayout.Point::y).max().orElseThrow();
    assertThat(p.subList(10, 25)).allSatisfy(q -> assertThat(q.y()).isGreaterThan(lowestLinked));
    assertThat(p.subList(10, 20)).extracting(ForceLayout.Point::y).containsOnly(p.get(10).y()); // one row of ten
    assertThat(p.get(20).y()).isGreaterThan(p.get(10).y());
    assertThat(ForceLayout.layout(3, List.of(), 1)).extracting(ForceLayout.Point::y).containsOnly(0.5);
  }

  @Test
  void noNodesOneNodeAndBadLinks() {
    assertThat(ForceLayout.layout(0, List.of(), 1)).isEmpty();
    assertThat(ForceLayout.layout(1, List.of(), 1)).containsExactly(new ForceLayout.Point(0.5, 0.5));
    assertThat(ForceLayout.layout(2, List.of(new ForceLayout.Link(0, 5, 1), new ForceLayout.Link(1, 1, 3)), 1))
        .hasSize(2);
  }
}
