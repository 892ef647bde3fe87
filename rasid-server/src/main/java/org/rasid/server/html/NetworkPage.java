package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.io.Limits;
import org.rasid.index.EntityGraphs;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityRef;
import org.rasid.index.NetworkRequest;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;

/**
 * The co-occurrence network of a query ({@code /network?q=…}): the entities named most in the matching articles as
 * an inline SVG drawn on the server ({@link ForceLayout}; size = articles, colour and shape = type, each node a link
 * to its entity page, edge width = articles naming both), and the same as text: the strongest pairs in a table
 * and the entities in a list. No script.
 */
public final class NetworkPage {
  private NetworkPage() {}

  static final int WIDTH = 960;
  static final int HEIGHT = 640;
  /** Pairs listed in the table. */
  static final int TABLE_PAIRS = 30;
  /** Node counts offered in the form. */
  static final List<Integer> NODE_CHOICES = List.of(20, 40, 60, Limits.MAX_NETWORK_NODES);

  /**
   * What to show.
   *
   * @param query the query as typed (stripped)
   * @param nodes nodes asked for
   * @param network the index's answer, or null when the query failed
   * @param error why the query failed, or null
   */
  public record View(String query, int nodes, EntityNetwork network, String error) {}

  /** The network page of a query. */
  public static Url url(String query) {
    return Url.site("/network").query("q", query);
  }

  public static String render(View view) {
    Element main = el("div").cls("network-page");
    main.add(el("h1").cls("results-heading").text(view.query().isEmpty() ? "شبكة الكيانات في كل المقالات"
        : "شبكة الكيانات في نتائج «" + view.query() + "»"));
    main.add(form(view));
    if (view.error() != null) {
      main.add(el("div").cls("notice notice-error").attr("role", "alert").add(
          el("p").add(el("strong").text("تعذّر فهم الاستعلام.")),
          el("p").cls("notice-detail").attr("dir", "auto").text(view.error())));
    } else {
      EntityNetwork n = view.network();
      main.add(summary(view, n));
      if (n.nodes().isEmpty()) {
        main.add(el("div").cls("notice").add(el("p").text(n.matches() == 0 ? "لا توجد مقالات تطابق هذا البحث."
            : "لا كيانات في المقالات المطابقة.")));
      } else {
        main.add(figure(n), pairs(view, n), nodes(n));
      }
    }
    return Layout.page(view.query().isEmpty() ? "شبكة الكيانات" : "شبكة: " + view.query(),
        Layout.SearchBox.EMPTY, main, List.of(), List.of());
  }

  private static Node form(View view) {
    Element select = el("select").attr("name", "limit").attr("id", "network-limit");
    for (int choice : NODE_CHOICES) {
      select.add(el("option").attr("value", String.valueOf(choice)).flag("selected", choice == view.nodes())
          .text(Arabic.count(choice) + " كيانًا"));
    }
    return el("form").cls("network-form").attr("role", "search").url("action", Url.site("/network"))
        .attr("method", "get").add(
            el("label").attr("for", "network-q").cls("visually-hidden").text("المقالات التي تُرسم شبكتها"),
            el("input").attr("type", "search").attr("name", "q").attr("id", "network-q").attr("value", view.query())
                .attr("placeholder", "كل المقالات، أو استعلام: place:طهران").attr("dir", "auto")
                .attr("maxlength", String.valueOf(Layout.MAX_QUERY_CHARS)),
            el("label").attr("for", "network-limit").cls("visually-hidden").text("عدد الكيانات"),
            select,
            el("button").attr("type", "submit").text("ارسم"));
  }

  private static Node summary(View view, EntityNetwork n) {
    Element p = el("p").cls("results-summary").add(
        text("المقالات المطابقة: "), el("strong").text(Arabic.count(n.matches())),
        text(" · الكيانات المرسومة: "), el("strong").text(Arabic.count(n.nodes().size())),
        text(" · "), el("a").href(Url.site("/").query("q", view.query())).text("النتائج في البحث"));
    Element out = el("div").add(p);
    if (n.sampled()) {
      out.add(el("p").cls("notice network-sampled").text("حُسبت الكيانات والعلاقات في أحدث "
          + Arabic.count(n.counted()) + " مقالة من " + Arabic.count(n.matches())
          + " مقالة مطابقة (الحد " + Arabic.count(Limits.MAX_NETWORK_ARTICLES) + "). ضيّق البحث لتشمل الشبكة كل المقالات."));
    }
    return out;
  }

  private static Node figure(EntityNetwork n) {
    List<ForceLayout.Link> links = n.edges().stream()
        .map(e -> new ForceLayout.Link(e.source(), e.target(), e.articles())).toList();
    List<ForceLayout.Point> at = ForceLayout.layout(n.nodes().size(), links, ForceLayout.SEED);
    long maxNode = n.nodes().stream().mapToLong(EntityRef::articles).max().orElse(1);
    long maxEdge = n.edges().stream().mapToLong(EntityNetwork.Edge::articles).max().orElse(1);
    Element svg = el("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewbox", "0 0 " + WIDTH + " " + HEIGHT).cls("network").attr("role", "img")
        .attr("aria-labelledby", "network-caption");
    Element edges = el("g").cls("edges");
    for (EntityNetwork.Edge e : n.edges()) {
      ForceLayout.Point a = at.get(e.source());
      ForceLayout.Point b = at.get(e.target());
      double width = 1 + 5 * Math.sqrt((double) e.articles() / maxEdge);
      edges.add(el("line").cls("edge").attr("x1", x(a)).attr("y1", y(a)).attr("x2", x(b)).attr("y2", y(b))
          .attr("stroke-width", MonthBars.num(width)).add(el("title").text(n.nodes().get(e.source()).name() + " — "
              + n.nodes().get(e.target()).name() + ": " + Arabic.count(e.articles()) + " مقالة")));
    }
    svg.add(edges);
    Element nodes = el("g").cls("nodes");
    for (int i = 0; i < n.nodes().size(); i++) {
      EntityRef r = n.nodes().get(i);
      ForceLayout.Point p = at.get(i);
      double radius = radius(r.articles(), maxNode);
      String facet = EntityGraphs.facet(r.type());
      double cx = p.x() * WIDTH;
      double cy = p.y() * HEIGHT;
      Element shape = switch (facet) {
        case "place" -> el("rect").attr("x", MonthBars.num(cx - radius)).attr("y", MonthBars.num(cy - radius))
            .attr("width", MonthBars.num(2 * radius)).attr("height", MonthBars.num(2 * radius)).attr("rx", "3");
        case "org" -> el("polygon").attr("points", MonthBars.num(cx) + "," + MonthBars.num(cy - radius * 1.25) + " "
            + MonthBars.num(cx + radius * 1.25) + "," + MonthBars.num(cy) + " " + MonthBars.num(cx) + ","
            + MonthBars.num(cy + radius * 1.25) + " " + MonthBars.num(cx - radius * 1.25) + "," + MonthBars.num(cy));
        default -> el("circle").attr("cx", MonthBars.num(cx)).attr("cy", MonthBars.num(cy))
            .attr("r", MonthBars.num(radius));
      };
      nodes.add(el("a").cls("node node-" + facet).href(EntityLinks.of(r)).add(
          el("title").text(r.name() + " (" + EntityLinks.typeLabel(r.type()) + "): " + Arabic.count(r.articles())
              + " مقالة"),
          shape.cls("node-shape"),
          el("text").cls("node-label").attr("x", MonthBars.num(cx)).attr("y", MonthBars.num(cy + radius + 15))
              .attr("text-anchor", "middle").text(r.name())));
    }
    svg.add(nodes);
    Element legend = el("ul").cls("network-legend");
    for (String facet : List.of("person", "place", "org")) {
      legend.add(el("li").add(el("span").cls("legend-key key-" + facet).attr("aria-hidden", "true"),
          text(EntityLinks.facetHeading(facet))));
    }
    return el("figure").cls("network-figure").add(svg,
        el("figcaption").attr("id", "network-caption").add(
            text("شبكة " + Arabic.count(n.nodes().size()) + " كيانًا و" + Arabic.count(n.edges().size())
                + " علاقة: حجم الشكل عدد المقالات، وسُمك الخط عدد المقالات التي تذكر الاثنين معًا."),
            legend));
  }

  private static double radius(long articles, long max) {
    return 6 + 16 * Math.sqrt((double) articles / Math.max(1, max));
  }

  private static String x(ForceLayout.Point p) {
    return MonthBars.num(p.x() * WIDTH);
  }

  private static String y(ForceLayout.Point p) {
    return MonthBars.num(p.y() * HEIGHT);
  }

  private static Node pairs(View view, EntityNetwork n) {
    Element section = el("section").cls("network-pairs").attr("aria-labelledby", "pairs-heading")
        .add(el("h2").attr("id", "pairs-heading").text("أقوى العلاقات"));
    if (n.edges().isEmpty()) {
      return section.add(el("p").cls("muted").text("لا يرد كيانان منها معًا في مقالة واحدة."));
    }
    Element rows = el("tbody");
    for (EntityNetwork.Edge e : n.edges().subList(0, Math.min(TABLE_PAIRS, n.edges().size()))) {
      EntityRef a = n.nodes().get(e.source());
      EntityRef b = n.nodes().get(e.target());
      String both = QueryFilters.toggle(QueryFilters.toggle(view.query(), EntityLinks.filter(a)), EntityLinks.filter(b));
      rows.add(el("tr").add(
          el("td").add(ref(a)),
          el("td").add(ref(b)),
          el("td").cls("volume-count").add(el("a")
              .href(Url.site("/").query("q", both).query("sort", "newest"))
              .attr("title", "المقالات التي تذكر الاثنين").text(Arabic.count(e.articles())))));
    }
    return section.add(el("table").cls("pairs-table").add(
        el("thead").add(el("tr").add(
            el("th").attr("scope", "col").text("الكيان"),
            el("th").attr("scope", "col").text("الكيان"),
            el("th").attr("scope", "col").text("مقالات مشتركة"))),
        rows));
  }

  private static Node ref(EntityRef r) {
    return el("a").cls("ent-link ent-" + EntityGraphs.facet(r.type())).href(EntityLinks.of(r)).attr("dir", "auto")
        .text(r.name());
  }

  private static Node nodes(EntityNetwork n) {
    List<Node> parts = new ArrayList<>();
    parts.add(el("h2").attr("id", "nodes-heading").text("الكيانات"));
    parts.add(EntityPage.list(n.nodes()));
    return el("section").cls("network-nodes").attr("aria-labelledby", "nodes-heading").add(parts);
  }
}
