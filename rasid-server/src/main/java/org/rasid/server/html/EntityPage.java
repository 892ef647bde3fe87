package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.List;
import org.rasid.index.EntityGraphs;
import org.rasid.index.EntityProfile;
import org.rasid.index.EntityRef;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;

/**
 * One entity ({@code /entities/{id}}): its name, type and country, the spellings the articles use, its articles per
 * month (a server-drawn chart and a table), the persons, places and organizations named with it most (each a link
 * to its own page), and its newest articles, paged. No script: everything is in the markup.
 */
public final class EntityPage {
  private EntityPage() {}

  /** Articles per page. */
  public static final int PAGE_SIZE = 10;
  /** The last page the index can serve. */
  public static final int MAX_PAGE = SearchRequest.MAX_OFFSET / PAGE_SIZE + 1;

  /**
   * What to show.
   *
   * @param profile the entity
   * @param articles a page of its newest articles (a search by {@link #filter})
   * @param page 1-based page number
   */
  public record View(EntityProfile profile, SearchResponse articles, int page) {}

  /** The search filter of an entity's articles: {@code person:"<id>"}, {@code place:"<id>"} or {@code org:"<id>"}. */
  public static String filter(EntityProfile p) {
    return QueryFilters.entity(EntityGraphs.facet(p.type()), p.id());
  }

  public static String render(View view) {
    EntityProfile p = view.profile();
    String facet = EntityGraphs.facet(p.type());
    String filter = filter(p);
    Element main = el("div").cls("entity-page");
    main.add(el("nav").cls("breadcrumbs").attr("aria-label", "مسار التصفح").add(
        el("a").href(Url.site("/")).text("البحث"), el("span").attr("aria-hidden", "true").text(" ‹ "),
        el("span").attr("aria-current", "page").cls("breadcrumb-current").attr("dir", "auto").text(p.name())));

    Element header = el("header").cls("entity-header entity-" + facet).add(
        el("p").cls("entity-kind").add(el("span").cls("entity-badge badge-" + facet).text(EntityLinks.typeLabel(p.type())),
            p.country() == null ? null : el("span").cls("entity-country").text(" · " + EntityLinks.country(p.country()))),
        el("h1").cls("entity-name").attr("dir", "auto").text(p.name()),
        el("p").cls("entity-summary").add(
            text("ورد في "), el("strong").text(Arabic.count(p.articles())), text(p.articles() == 1 ? " مقالة" : " مقالات"),
            text(" · "),
            el("a").href(SearchPage.searchUrl("", filter, SearchRequest.Sort.NEWEST)).text("البحث في مقالاته"),
            text(" · "),
            el("a").href(NetworkPage.url(filter)).text("شبكة الكيانات حوله"),
            text(" · "),
            el("a").href(Url.path("api", "entities", p.id())).text("JSON"),
            text(" · المعرّف "), el("code").text(p.id())));
    main.add(header);

    Element grid = el("div").cls("entity-layout");
    Element primary = el("div").cls("entity-primary");
    List<FacetCount> series = Volume.series(p.months());
    if (!series.isEmpty()) {
      primary.add(MonthBars.render("months-heading", "المقالات في كل شهر", series,
          month -> QueryFilters.month(month).map(m -> SearchPage.searchUrl(filter, m, SearchRequest.Sort.NEWEST))
              .orElse(null)));
    }
    primary.add(articles(view, filter));
    Element side = el("aside").cls("entity-side").attr("aria-label", "عن الكيان");
    side.add(names(p));
    side.add(cooccurring(p));
    grid.add(primary, side);
    main.add(grid);
    return Layout.page(p.name(), Layout.SearchBox.EMPTY, main, List.of(), List.of());
  }

  private static Node names(EntityProfile p) {
    Element section = el("section").cls("entity-names").attr("aria-labelledby", "names-heading")
        .add(el("h2").attr("id", "names-heading").text("الأسماء والتهجئات"));
    if (p.names().size() > 1) {
      Element ul = el("ul").cls("name-list");
      for (FacetCount f : p.names()) {
        ul.add(el("li").add(el("span").attr("dir", "auto").text(f.value()),
            el("span").cls("facet-count").text(" " + Arabic.count(f.count()))));
      }
      section.add(el("h3").text("الاسم الكامل"), ul);
    }
    if (!p.aliases().isEmpty()) {
      Element ul = el("ul").cls("name-list alias-list");
      for (FacetCount f : p.aliases()) {
        ul.add(el("li").add(el("span").attr("dir", "auto").text(f.value()),
            el("span").cls("facet-count").text(" " + Arabic.count(f.count()))));
      }
      section.add(el("h3").text("كما ورد في النصوص"), ul);
    }
    section.add(el("p").cls("muted small").text(p.sampled() < p.articles()
        ? "من أحدث " + Arabic.count(p.sampled()) + " مقالة من مقالاته."
        : "من كل مقالاته."));
    return section;
  }

  private static Node cooccurring(EntityProfile p) {
    Element section = el("section").cls("entity-cooccurring").attr("aria-labelledby", "cooccurring-heading")
        .add(el("h2").attr("id", "cooccurring-heading").text("يرد معه كثيرًا"));
    boolean any = false;
    for (String facet : List.of("person", "place", "org")) {
      List<EntityRef> refs = p.cooccurring().getOrDefault(facet, List.of());
      if (refs.isEmpty()) {
        continue;
      }
      any = true;
      section.add(el("h3").text(EntityLinks.facetHeading(facet)), list(refs));
    }
    if (!any) {
      section.add(el("p").cls("muted").text("لا يرد معه كيان آخر في مقالاته."));
    }
    return section;
  }

  /** Entities as links to their pages, with their counts. */
  static Element list(List<EntityRef> refs) {
    Element ul = el("ul").cls("facet-list entity-refs");
    for (EntityRef r : refs) {
      String facet = EntityGraphs.facet(r.type());
      ul.add(el("li").add(el("a").cls("facet-link ent-link ent-" + facet).href(EntityLinks.of(r))
          .attr("title", EntityLinks.typeLabel(r.type()) + ": " + Arabic.count(r.articles()) + " مقالة مشتركة")
          .add(el("span").cls("facet-value").attr("dir", "auto").text(r.name()),
              el("span").cls("facet-count").text(Arabic.count(r.articles())))));
    }
    return ul;
  }

  private static Node articles(View view, String filter) {
    SearchResponse r = view.articles();
    Element section = el("section").cls("entity-articles").attr("aria-labelledby", "articles-heading")
        .add(el("h2").attr("id", "articles-heading").text("أحدث المقالات"));
    if (r.hits().isEmpty()) {
      return section.add(el("p").cls("muted").text(r.total() > 0 ? "هذه الصفحة بعد آخر المقالات." : "لا مقالات."));
    }
    Element list = el("ol").cls("hits").attr("start", String.valueOf((view.page() - 1) * PAGE_SIZE + 1));
    for (Hit h : r.hits()) {
      Element meta = el("p").cls("hit-meta");
      if (h.source() != null) {
        meta.add(el("span").cls("meta-source").text(h.source()));
      }
      if (h.published() != null) {
        meta.add(el("span").cls("sep").attr("aria-hidden", "true").text(" · "),
            el("time").attr("datetime", h.published()).text(Arabic.date(h.published())));
      }
      list.add(el("li").cls("hit").add(el("article").add(
          el("h3").cls("hit-title").add(el("a").href(Url.path("articles", h.id())).attr("dir", "auto")
              .text(h.title() == null || h.title().isBlank() ? "(بلا عنوان)" : h.title())),
          meta,
          el("p").cls("snippet").attr("dir", "auto").add(Html.snippet(h.snippet())))));
    }
    section.add(list);
    int last = (int) Math.min(MAX_PAGE, Math.max(1, (r.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    if (last > 1) {
      Element nav = el("nav").cls("pager").attr("aria-label", "صفحات المقالات");
      Url base = EntityLinks.page(view.profile().id());
      if (view.page() > 1) {
        nav.add(el("a").attr("rel", "prev").href(pageUrl(base, view.page() - 1)).text("→ السابق"));
      }
      nav.add(el("span").cls("pager-current").attr("aria-current", "page")
          .text(Arabic.count(view.page()) + " / " + Arabic.count(last)));
      if (view.page() < last) {
        nav.add(el("a").attr("rel", "next").href(pageUrl(base, view.page() + 1)).text("التالي ←"));
      }
      section.add(nav);
    }
    return section;
  }

  private static Url pageUrl(Url base, int page) {
    return page == 1 ? base : base.query("page", String.valueOf(page));
  }
}
