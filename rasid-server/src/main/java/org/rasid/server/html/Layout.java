package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.List;
import java.util.Locale;
import org.rasid.index.SearchRequest;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;

/** The shell of every page: right-to-left Arabic document, masthead with the search form, footer. */
final class Layout {
  private Layout() {}

  /** Longest query the search box takes (the server checks it too). */
  static final int MAX_QUERY_CHARS = 1_000;

  /**
   * What the search form in the masthead shows.
   *
   * @param query the query to keep in the box
   * @param sort the order to select
   */
  record SearchBox(String query, SearchRequest.Sort sort) {
    static final SearchBox EMPTY = new SearchBox("", SearchRequest.Sort.RELEVANCE);
  }

  /** A whole page. {@code scripts} and {@code styles} are the page's own, after the common ones. */
  static String page(String title, SearchBox box, Node main, List<Url> styles, List<Url> scripts) {
    Element head = el("head").add(
        el("meta").attr("charset", "utf-8"),
        el("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
        el("title").text(title + " · راصد"),
        el("link").attr("rel", "icon").attr("type", "image/svg+xml").href(WebAssets.FAVICON),
        stylesheet(WebAssets.FONT_NASKH_CSS),
        stylesheet(WebAssets.FONT_SANS_CSS));
    styles.forEach(s -> head.add(stylesheet(s)));
    head.add(stylesheet(WebAssets.APP_CSS));
    scripts.forEach(s -> head.add(el("script").url("src", s).flag("defer", true)));
    Element body = el("body").add(
        el("a").cls("skip-link").href(Url.fragment("main")).text("انتقل إلى المحتوى"),
        masthead(box),
        el("main").attr("id", "main").add(main),
        footer());
    return Html.document(el("html").attr("lang", "ar").attr("dir", "rtl").add(head, body));
  }

  private static Element stylesheet(Url url) {
    return el("link").attr("rel", "stylesheet").href(url);
  }

  private static Element masthead(SearchBox box) {
    Element select = el("select").attr("name", "sort").attr("id", "sort").attr("aria-label", "ترتيب النتائج");
    for (SearchRequest.Sort s : SearchRequest.Sort.values()) {
      select.add(el("option").attr("value", s.name().toLowerCase(Locale.ROOT)).flag("selected", s == box.sort())
          .text(sortLabel(s)));
    }
    Element form = el("form").cls("search-form").attr("role", "search").url("action", Url.site("/"))
        .attr("method", "get").add(
            el("input").attr("type", "search").attr("name", "q").attr("id", "q").attr("value", box.query())
                .attr("placeholder", "ابحث في الأخبار…").attr("aria-label", "نص البحث").attr("dir", "auto")
                .attr("autocomplete", "off").attr("maxlength", String.valueOf(MAX_QUERY_CHARS)),
            select,
            el("button").attr("type", "submit").text("بحث"));
    return el("header").cls("masthead").add(el("div").cls("masthead-inner").add(
        el("a").cls("brand").href(Url.site("/")).add(
            el("span").cls("brand-name").text("راصد"),
            el("span").cls("brand-tagline").text("محرّك بحث في الأخبار العربية")),
        form));
  }

  static String sortLabel(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> "الأكثر صلة";
      case NEWEST -> "الأحدث أولًا";
      case OLDEST -> "الأقدم أولًا";
    };
  }

  private static Element footer() {
    return el("footer").cls("site-footer").add(el("p").add(
        text("راصد: محرّك مفتوح المصدر لهيكلة الأخبار العربية والبحث فيها. "),
        el("a").href(Url.site("/api/openapi.json")).text("واجهة البرمجة (OpenAPI)")));
  }
}
