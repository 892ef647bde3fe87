package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.rasid.index.FacetCount;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;

/**
 * Articles per month as an inline SVG bar chart drawn on the server (no script: the Content-Security-Policy allows
 * none inline, and none is needed), months left to right, each bar a link with its month and count as a tooltip;
 * and the same numbers as a table, for screen readers and text browsers.
 */
final class MonthBars {
  private MonthBars() {}

  static final int WIDTH = 720;
  static final int HEIGHT = 170;
  /** Room under the bars for the first and last month's names. */
  static final int AXIS = 22;
  /** Bars get their count written above them up to this many months. */
  static final int LABELLED_MONTHS = 24;

  /**
   * The chart and table of a month series ({@link Volume#series}: every month from the first to the last).
   *
   * @param link where a month's bar leads (a search of that month), or null for none
   */
  static Node render(String id, String heading, List<FacetCount> series, Function<String, Url> link) {
    long max = 1;
    for (FacetCount f : series) {
      max = Math.max(max, f.count());
    }
    int n = Math.max(1, series.size());
    double slot = (double) WIDTH / n;
    double barWidth = Math.max(1, slot * 0.8);
    int plot = HEIGHT - AXIS - 14;
    Element svg = el("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("viewbox", "0 0 " + WIDTH + " " + HEIGHT)
        .cls("month-bars").attr("role", "img").attr("direction", "ltr")
        .attr("aria-label", heading + ": " + Arabic.count(series.stream().mapToLong(FacetCount::count).sum())
            + " مقالة في " + Arabic.count(series.size()) + " شهرًا");
    svg.add(el("line").cls("axis-line").attr("x1", "0").attr("x2", String.valueOf(WIDTH))
        .attr("y1", String.valueOf(HEIGHT - AXIS)).attr("y2", String.valueOf(HEIGHT - AXIS)));
    for (int i = 0; i < series.size(); i++) {
      FacetCount f = series.get(i);
      if (f.count() == 0) {
        continue;
      }
      double h = Math.max(2, (double) plot * f.count() / max);
      double x = i * slot + (slot - barWidth) / 2;
      double y = HEIGHT - AXIS - h;
      Element bar = el("rect").cls("bar").attr("x", num(x)).attr("y", num(y)).attr("width", num(barWidth))
          .attr("height", num(h)).add(el("title").text(Arabic.month(f.value()) + ": " + Arabic.count(f.count())));
      Url url = link == null ? null : link.apply(f.value());
      svg.add(url == null ? bar : el("a").href(url).add(bar));
      if (series.size() <= LABELLED_MONTHS) {
        svg.add(el("text").cls("bar-value").attr("x", num(x + barWidth / 2)).attr("y", num(y - 3))
            .attr("text-anchor", "middle").text(Arabic.count(f.count())));
      }
    }
    if (!series.isEmpty()) {
      svg.add(el("text").cls("axis-label").attr("x", "0").attr("y", String.valueOf(HEIGHT - 5))
          .attr("text-anchor", "start").text(Arabic.month(series.getFirst().value())));
      if (series.size() > 1) {
        svg.add(el("text").cls("axis-label").attr("x", String.valueOf(WIDTH)).attr("y", String.valueOf(HEIGHT - 5))
            .attr("text-anchor", "end").text(Arabic.month(series.getLast().value())));
      }
    }
    Element rows = el("tbody");
    for (FacetCount f : series) {
      if (f.count() > 0) {
        Url url = link == null ? null : link.apply(f.value());
        rows.add(el("tr").add(
            el("th").attr("scope", "row").add(url == null ? text(Arabic.month(f.value()))
                : el("a").href(url).text(Arabic.month(f.value()))),
            el("td").cls("volume-count").text(Arabic.count(f.count()))));
      }
    }
    return el("section").cls("volume month-chart").attr("aria-labelledby", id).add(
        el("h2").attr("id", id).text(heading),
        el("figure").cls("month-figure").add(svg),
        el("details").cls("volume-table").add(
            el("summary").text("الأرقام في جدول"),
            el("table").add(
                el("thead").add(el("tr").add(
                    el("th").attr("scope", "col").text("الشهر"),
                    el("th").attr("scope", "col").text("المقالات"))),
                rows)));
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
