package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.BlockType;
import org.rasid.core.model.Dropped;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.Image;
import org.rasid.core.model.RelatedLink;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;
import org.rasid.server.html.EntityMarks.Marked;

/**
 * One article as rasid structured it: title, date, source, authors, dateline, photo captions, the body (headings and
 * paragraphs, with the entity mentions marked), the entities named (links to their entity pages), "read also" links, similar articles, and, folded away, every line that was dropped and why.
 */
public final class ArticlePage {
  private ArticlePage() {}

  public static String render(Article a, List<Hit> similar) {
    String title = a.title() == null || a.title().isBlank() ? "(بلا عنوان)" : a.title();
    Element article = el("article").cls("record").attr("lang", a.language().equals("und") ? null : a.language())
        .attr("dir", "auto");
    if (a.source() != null) {
      article.add(el("p").cls("kicker").add(el("a")
          .href(SearchPage.searchUrl("", QueryFilters.source(a.source()), SearchRequest.Sort.NEWEST))
          .text(a.source())));
    }
    Map<Integer, List<Marked>> marks = EntityMarks.byText(a);
    Element h1 = el("h1").cls("record-title").attr("dir", "auto");
    if (a.title() == null || a.title().isBlank()) {
      h1.text(title);
    } else {
      h1.add(EntityMarks.render(a.title(), marks.getOrDefault(EntityMention.TITLE, List.of())));
    }
    article.add(h1, meta(a));
    for (Image img : a.images()) {
      article.add(photo(img));
    }
    Element body = el("div").cls("record-body");
    for (int i = 0; i < a.blocks().size(); i++) {
      Block b = a.blocks().get(i);
      body.add(el(b.type() == BlockType.HEADING ? "h2" : "p").attr("dir", "auto")
          .add(EntityMarks.render(b.text(), marks.getOrDefault(i, List.of()))));
    }
    article.add(body);
    if (!a.entities().isEmpty()) {
      article.add(EntityMarks.list(a.entities()));
    }
    if (!a.related().isEmpty()) {
      article.add(related(a.related()));
    }
    article.add(dropped(a.dropped()));

    Element layout = el("div").cls("article-layout").add(article, similar(similar));
    Element page = el("div").cls("article-page").add(
        el("nav").cls("breadcrumbs").attr("aria-label", "مسار التصفح").add(
            el("a").href(Url.site("/")).text("البحث"), el("span").attr("aria-hidden", "true").text(" ‹ "),
            el("span").attr("aria-current", "page").cls("breadcrumb-current").text(truncate(title, 60))),
        layout);
    return Layout.page(title, Layout.SearchBox.EMPTY, page, List.of(), List.of());
  }

  private static Node meta(Article a) {
    Element dl = el("dl").cls("record-meta");
    if (a.published() != null || a.publishedText() != null) {
      Element dd = el("dd");
      if (a.published() != null) {
        dd.add(el("time").attr("datetime", a.published()).text(Arabic.date(a.published())));
      }
      if (a.publishedText() != null && !a.publishedText().equals(a.published())) {
        dd.add(el("span").cls("as-written").attr("dir", "auto")
            .text((a.published() != null ? " · كما ورد: " : "") + a.publishedText()));
      }
      dl.add(item("التاريخ", dd));
    }
    if (!a.authors().isEmpty()) {
      dl.add(item("الكاتب", el("dd").text(String.join("، ", a.authors()))));
    }
    if (a.dateline() != null) {
      dl.add(item("المكان", el("dd").text(a.dateline())));
    }
    if (!a.agencies().isEmpty()) {
      dl.add(item("الوكالات", el("dd").text(String.join("، ", a.agencies()))));
    }
    Optional<Url> url = Url.external(a.url());
    if (url.isPresent()) {
      dl.add(item("الرابط الأصلي", el("dd").add(externalLink(url.get(), a.url()).cls("record-url"))));
    } else if (a.url() != null) {
      dl.add(item("الرابط الأصلي", el("dd").attr("dir", "ltr").text(a.url())));
    }
    dl.add(item("السجل", el("dd").add(el("a").href(Url.path("api", "articles", a.id())).text("JSON"),
        text(" · المعرّف "), el("code").text(a.id()))));
    return dl;
  }

  private static Element item(String term, Element dd) {
    return el("div").add(el("dt").text(term), dd);
  }

  private static Node photo(Image img) {
    Element caption = el("figcaption");
    if (img.caption() != null) {
      caption.add(el("span").cls("photo-caption").attr("dir", "auto").text(img.caption()));
    }
    if (img.credit() != null) {
      caption.add(el("span").cls("photo-credit").text("تصوير: " + img.credit()));
    }
    return el("figure").cls("photo").add(el("span").cls("photo-icon").attr("aria-hidden", "true"), caption);
  }

  private static Node related(List<RelatedLink> links) {
    Element list = el("ul");
    for (RelatedLink r : links) {
      Optional<Url> url = Url.external(r.url());
      list.add(el("li").attr("dir", "auto")
          .add(url.isPresent() ? externalLink(url.get(), r.title()) : text(r.title())));
    }
    return el("section").cls("related").add(el("h2").text("اقرأ أيضًا"), list);
  }

  private static Element externalLink(Url url, String label) {
    return el("a").href(url).attr("rel", "noopener noreferrer nofollow external").attr("dir", "auto").text(label);
  }

  private static Node dropped(List<Dropped> dropped) {
    Element details = el("details").cls("dropped").attr("id", "dropped");
    details.add(el("summary").text(dropped.isEmpty() ? "لم يُحذف أي سطر من النص الأصلي"
        : "ما حُذف من النص الأصلي (" + Arabic.count(dropped.size()) + ")"));
    if (dropped.isEmpty()) {
      details.add(el("p").text("كل سطر من النص الأصلي محفوظ في السجل."));
      return details;
    }
    details.add(el("p").cls("dropped-intro").text(
        "هذه الأسطر لم تدخل في نص المقالة: تكرار، أو عناصر من واجهة الموقع، أو بيانات وردت في مكانها من السجل."));
    Element rows = el("tbody");
    for (Dropped d : dropped) {
      rows.add(el("tr").add(
          el("td").cls("dropped-line").text(String.valueOf(d.line())),
          el("td").cls("dropped-reason").add(
              el("span").text(Arabic.dropReason(d.reason())),
              el("code").attr("dir", "ltr").text(d.reason().code())),
          el("td").cls("dropped-text").attr("dir", "auto").text(d.text())));
    }
    details.add(el("table").add(
        el("thead").add(el("tr").add(
            el("th").attr("scope", "col").text("السطر"),
            el("th").attr("scope", "col").text("السبب"),
            el("th").attr("scope", "col").text("النص"))),
        rows));
    return details;
  }

  private static Node similar(List<Hit> similar) {
    Element aside = el("aside").cls("similar").attr("aria-labelledby", "similar-heading")
        .add(el("h2").attr("id", "similar-heading").text("مقالات مشابهة"));
    if (similar.isEmpty()) {
      return aside.add(el("p").cls("muted").text("لا توجد مقالات مشابهة في الفهرس."));
    }
    Element list = el("ol").cls("similar-list");
    for (Hit h : similar) {
      Element meta = el("p").cls("similar-meta");
      if (h.source() != null) {
        meta.add(el("span").text(h.source()));
      }
      if (h.published() != null) {
        meta.add(el("time").attr("datetime", h.published()).text(Arabic.date(h.published())));
      }
      list.add(el("li").add(
          el("a").href(Url.path("articles", h.id())).attr("dir", "auto")
              .text(h.title() == null || h.title().isBlank() ? "(بلا عنوان)" : h.title()),
          meta));
    }
    return aside.add(list);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max).strip() + "…";
  }
}
