package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rasid.core.json.Json;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;

/**
 * The search page: results with their highlighted snippets, paging, facets (source, month) as links that narrow the
 * query, and the volume of matching articles over time, drawn with uPlot from a JSON data attribute and given as a
 * table for readers without JavaScript.
 */
public final class SearchPage {
  private SearchPage() {}

  /** Hits per page. */
  public static final int PAGE_SIZE = 10;
  /** The last page that the index can serve ({@link SearchRequest#MAX_OFFSET}). */
  public static final int MAX_PAGE = SearchRequest.MAX_OFFSET / PAGE_SIZE + 1;
  /** Source facet values listed. */
  static final int MAX_SOURCES = 20;
  /** Said under an entity facet's heading when its counts were estimated from a sample of the matches. */
  static final String ESTIMATED = "أعداد تقديرية من عينة من النتائج";
  /** Names listed per entity facet in the sidebar. */
  static final int MAX_ENTITIES = 10;
  /** The entity facets in the sidebar: facet name and heading. */
  private static final List<Map.Entry<String, String>> ENTITY_FACETS = List.of(
      Map.entry("person", "أشخاص"), Map.entry("place", "أماكن"), Map.entry("org", "منظمات"));

  /**
   * What to show.
   *
   * @param query the query as typed (stripped)
   * @param sort the order the hits are in
   * @param chosenSort the order the reader chose ({@code sort} parameter), or null: links keep only a chosen order,
   *     so a new query from a page of newest articles is again sorted by relevance
   * @param page 1-based page number
   * @param response the index's answer, or null when the query failed
   * @param error why the query failed, or null
   */
  public record View(String query, SearchRequest.Sort sort, SearchRequest.Sort chosenSort, int page,
      SearchResponse response, String error) {
    public static View of(SearchRequest request, SearchRequest.Sort chosenSort, int page, SearchResponse response) {
      return new View(request.query(), request.sort(), chosenSort, page, response, null);
    }

    public static View failed(SearchRequest request, SearchRequest.Sort chosenSort, int page, String error) {
      return new View(request.query(), request.sort(), chosenSort, page, null, error);
    }
  }

  public static String render(View view) {
    Element results = el("section").cls("results").attr("aria-labelledby", "results-heading");
    results.add(el("h1").attr("id", "results-heading").cls("results-heading").text(
        view.query().isEmpty() ? "أحدث المقالات" : "نتائج البحث عن «" + view.query() + "»"));
    Element layout = el("div").cls("search-layout").add(results);
    if (view.error() != null) {
      results.add(queryError(view.error()));
    } else {
      SearchResponse r = view.response();
      results.add(summary(view, r));
      List<FacetCount> months = r.facets().getOrDefault("month", List.of());
      if (r.total() > 0 && !months.isEmpty()) {
        results.add(volume(view, months));
      }
      results.add(r.hits().isEmpty() ? noResults(view, r.total()) : hits(view, r.hits()));
      results.add(pager(view, r.total()));
      layout.add(facets(view, r));
    }
    String title = view.query().isEmpty() ? "البحث في الأخبار" : view.query();
    SearchRequest.Sort boxSort = view.chosenSort() != null ? view.chosenSort() : SearchRequest.Sort.RELEVANCE;
    return Layout.page(title, new Layout.SearchBox(view.query(), boxSort), layout,
        List.of(WebAssets.UPLOT_CSS), List.of(WebAssets.UPLOT_JS, WebAssets.SEARCH_JS));
  }

  private static Node summary(View view, SearchResponse r) {
    String took = String.format(Locale.ROOT, "%.2f", r.tookMillis() / 1000.0);
    Element p = el("p").cls("results-summary").add(
        text("عدد النتائج: "), el("strong").text(Arabic.count(r.total())),
        el("span").cls("took").text(" (" + took + " ثانية)"));
    if (r.total() > PAGE_SIZE) {
      p.add(text(" · صفحة " + Arabic.count(view.page()) + " من " + Arabic.count(lastPage(r.total()))));
    }
    return p;
  }

  private static Node queryError(String message) {
    return el("div").cls("notice notice-error").attr("role", "alert").add(
        el("p").add(el("strong").text("تعذّر فهم الاستعلام.")),
        el("p").cls("notice-detail").attr("dir", "auto").text(message),
        syntaxHelp());
  }

  private static Node noResults(View view, long total) {
    if (total > 0) {
      return el("div").cls("notice").add(el("p").add(
          text("هذه الصفحة بعد آخر النتائج. "), el("a").href(pageUrl(view, 1)).text("العودة إلى الصفحة الأولى")));
    }
    return el("div").cls("notice").add(
        el("p").add(el("strong").text(view.query().isEmpty() ? "الفهرس فارغ: لم تُضف إليه أي مقالة بعد."
            : "لا توجد مقالات تطابق هذا البحث.")),
        view.query().isEmpty() ? null : syntaxHelp());
  }

  private static Node syntaxHelp() {
    return el("details").cls("syntax-help").add(
        el("summary").text("طريقة كتابة الاستعلام"),
        el("ul").add(
            helpItem("كلمات", "الكاظمي طهران", "مقالات فيها الكلمتان"),
            helpItem("عبارة", "\"رئيس الوزراء\"", "العبارة كما هي"),
            helpItem("أو / استبعاد", "العراق OR إيران -كورونا", "إحدى الكلمتين، دون الثالثة"),
            helpItem("المصدر والكاتب", "source:\"الترا صوت\" author:\"فريق التحرير\"", "حصر النتائج"),
            helpItem("الأشخاص والأماكن والمنظمات", "person:\"مصطفى الكاظمي\" place:طهران org:رويترز",
                "مقالات تذكرها"),
            helpItem("التاريخ", "from:2021-09-01 to:2021-09-30", "فترة زمنية")));
  }

  private static Node helpItem(String label, String example, String meaning) {
    return el("li").add(text(label + ": "), el("code").attr("dir", "auto").text(example), text(" — " + meaning));
  }

  private static Node hits(View view, List<Hit> hits) {
    Element list = el("ol").cls("hits")
        .attr("start", String.valueOf((view.page() - 1) * PAGE_SIZE + 1));
    for (Hit h : hits) {
      list.add(el("li").cls("hit").add(el("article").add(
          el("h2").cls("hit-title").add(el("a").href(Url.path("articles", h.id())).attr("dir", "auto")
              .text(h.title() == null || h.title().isBlank() ? "(بلا عنوان)" : h.title())),
          hitMeta(view, h),
          el("p").cls("snippet").attr("dir", "auto").add(Html.snippet(h.snippet())))));
    }
    return list;
  }

  private static Node hitMeta(View view, Hit h) {
    List<Node> parts = new ArrayList<>();
    if (h.source() != null && !h.source().isBlank()) {
      parts.add(el("a").cls("meta-source").href(searchUrl(view.query(), QueryFilters.source(h.source()), view.chosenSort()))
          .attr("title", "كل مقالات هذا المصدر في البحث الحالي").text(h.source()));
    }
    if (h.published() != null) {
      parts.add(el("time").attr("datetime", h.published()).text(Arabic.date(h.published())));
    }
    if (!h.authors().isEmpty()) {
      parts.add(el("span").cls("meta-authors").text(String.join("، ", h.authors())));
    }
    Element meta = el("p").cls("hit-meta");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        meta.add(el("span").cls("sep").attr("aria-hidden", "true").text(" · "));
      }
      meta.add(parts.get(i));
    }
    return meta;
  }

  private static Node pager(View view, long total) {
    int last = lastPage(total);
    if (last <= 1) {
      return null;
    }
    Element nav = el("nav").cls("pager").attr("aria-label", "صفحات النتائج");
    if (view.page() > 1) {
      nav.add(el("a").cls("pager-prev").attr("rel", "prev").href(pageUrl(view, view.page() - 1)).text("→ السابق"));
    }
    int from = Math.max(1, view.page() - 3);
    int to = Math.min(last, view.page() + 3);
    Element pages = el("span").cls("pager-pages");
    for (int p = from; p <= to; p++) {
      pages.add(p == view.page()
          ? el("span").cls("pager-current").attr("aria-current", "page").text(String.valueOf(p))
          : el("a").href(pageUrl(view, p)).text(String.valueOf(p)));
    }
    nav.add(pages);
    if (view.page() < last) {
      nav.add(el("a").cls("pager-next").attr("rel", "next").href(pageUrl(view, view.page() + 1)).text("التالي ←"));
    }
    return nav;
  }

  private static int lastPage(long total) {
    return (int) Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
  }

  private static Url pageUrl(View view, int page) {
    return Url.site("/").query("q", view.query()).query("sort", sortParam(view.chosenSort()))
        .query("page", page == 1 ? null : String.valueOf(page));
  }

  /**
   * A link to the search page for the query with the filter toggled (added, or removed when present), keeping the
   * reader's chosen order (none: null).
   */
  static Url searchUrl(String query, String filter, SearchRequest.Sort sort) {
    return Url.site("/").query("q", QueryFilters.toggle(query, filter)).query("sort", sortParam(sort));
  }

  private static String sortParam(SearchRequest.Sort sort) {
    return sort == null ? null : sort.name().toLowerCase(Locale.ROOT);
  }

  private static Node facets(View view, SearchResponse r) {
    Element aside = el("aside").cls("facets").attr("aria-label", "تضييق النتائج");
    List<FacetCount> sources = r.facets().getOrDefault("source", List.of());
    if (!sources.isEmpty()) {
      Element list = el("ul").cls("facet-list");
      for (FacetCount f : sources.subList(0, Math.min(MAX_SOURCES, sources.size()))) {
        list.add(facetItem(view, f.value(), QueryFilters.source(f.value()), f.count()));
      }
      aside.add(el("section").cls("facet").add(el("h2").text("المصدر"), list));
    }
    List<FacetCount> months = r.facets().getOrDefault("month", List.of());
    if (!months.isEmpty()) {
      Element list = el("ul").cls("facet-list facet-months");
      for (FacetCount f : months.reversed()) {
        Optional<String> filter = QueryFilters.month(f.value());
        filter.ifPresent(fl -> list.add(facetItem(view, Arabic.month(f.value()), fl, f.count())));
      }
      aside.add(el("section").cls("facet").add(el("h2").text("الشهر"), list));
    }
    boolean anyEntities = false;
    for (Map.Entry<String, String> facet : ENTITY_FACETS) {
      List<FacetCount> names = r.facets().getOrDefault(facet.getKey(), List.of());
      if (names.isEmpty()) {
        continue;
      }
      anyEntities = true;
      Element list = el("ul").cls("facet-list facet-entities");
      for (FacetCount f : names.subList(0, Math.min(MAX_ENTITIES, names.size()))) {
        list.add(facetItem(view, f.value(), QueryFilters.entity(facet.getKey(), f.value()), f.count())
            .add(el("a").cls("facet-entity-page").href(EntityLinks.pageOfName(facet.getKey(), f.value()))
                .attr("title", "صفحة الكيان").attr("aria-label", "صفحة " + f.value()).text("◂")));
      }
      Element section = el("section").cls("facet facet-" + facet.getKey()).add(el("h2").text(facet.getValue()));
      if (r.entityFacetsEstimated()) { // a broad query: the counts come from a sample of the matches
        section.add(el("p").cls("facet-note").text(ESTIMATED));
      }
      aside.add(section.add(list));
    }
    if (anyEntities) {
      aside.add(el("section").cls("facet facet-network").add(el("h2").text("شبكة الكيانات"),
          el("p").add(el("a").cls("network-link").href(NetworkPage.url(view.query()))
              .text("من يرد مع من في هذه النتائج"))));
    }
    return sources.isEmpty() && months.isEmpty() && !anyEntities ? null : aside;
  }

  private static Element facetItem(View view, String label, String filter, long count) {
    boolean active = QueryFilters.has(view.query(), filter);
    return el("li").add(el("a").cls(active ? "facet-link active" : "facet-link")
        .href(searchUrl(view.query(), filter, view.chosenSort()))
        .attr("title", active ? "إزالة هذا القيد" : filter)
        .attr("aria-pressed", active ? "true" : null)
        .add(el("span").cls("facet-value").attr("dir", "auto").text(label),
            el("span").cls("facet-count").text(active ? "✕" : Arabic.count(count))));
  }

  private static Node volume(View view, List<FacetCount> monthFacet) {
    List<FacetCount> series = Volume.series(monthFacet);
    Map<String, Object> data = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<String> links = new ArrayList<>();
    long max = 1;
    for (FacetCount f : series) {
      labels.add(Arabic.month(f.value()));
      counts.add(f.count());
      links.add(QueryFilters.month(f.value()).map(fl -> searchUrl(view.query(), fl, view.chosenSort()).toString())
          .orElse(null));
      max = Math.max(max, f.count());
    }
    data.put("months", series.stream().map(FacetCount::value).toList());
    data.put("labels", labels);
    data.put("counts", counts);
    data.put("links", links);

    Element rows = el("tbody");
    for (FacetCount f : series) {
      if (f.count() == 0) {
        continue;
      }
      Node label = QueryFilters.month(f.value())
          .<Node>map(fl -> el("a").href(searchUrl(view.query(), fl, view.chosenSort())).text(Arabic.month(f.value())))
          .orElse(text(f.value()));
      rows.add(el("tr").add(
          el("th").attr("scope", "row").add(label),
          el("td").cls("volume-count").text(Arabic.count(f.count())),
          el("td").cls("volume-bar").add(el("meter").attr("min", "0").attr("max", String.valueOf(max))
              .attr("value", String.valueOf(f.count())).text(Arabic.count(f.count())))));
    }
    return el("section").cls("volume").attr("aria-labelledby", "volume-heading").add(
        el("h2").attr("id", "volume-heading").text("حجم التغطية عبر الزمن"),
        el("div").cls("volume-chart").attr("id", "volume-chart").flag("hidden", true)
            .attr("role", "img").attr("aria-label", "عدد المقالات المطابقة في كل شهر")
            .attr("data-volume", Json.compact(data)),
        el("details").cls("volume-table").flag("open", true).add(
            el("summary").text("عدد المقالات في كل شهر"),
            el("table").add(
                el("thead").add(el("tr").add(
                    el("th").attr("scope", "col").text("الشهر"),
                    el("th").attr("scope", "col").text("المقالات"),
                    el("th").attr("scope", "col").add(el("span").cls("visually-hidden").text("نسبة")))),
                rows)));
  }
}
