package org.rasid.server.html;

import static org.rasid.server.html.Html.el;
import static org.rasid.server.html.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.model.Article;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.server.html.Html.Element;
import org.rasid.server.html.Html.Node;

/**
 * The entities of an article on its page: mentions marked in the text ({@code <a class="ent-mark"
 * href="/entities/ID"><mark class="ent ent-person" title="canonical">}) and the list of entities, each a link to its
 * entity page. Everything is built as escaped
 * {@link Html} nodes: a name or text holding markup shows as text. Records are untrusted: a mention whose span does
 * not fit its text, or that overlaps an earlier one, is not marked (the text is shown whole all the same).
 */
final class EntityMarks {
  private EntityMarks() {}

  /** A mention to mark in one text: its span, the entity's facet name, canonical name and id. */
  record Marked(int start, int end, String facet, String canonical, String id) {}

  /** The mentions of each text of the article: key {@link EntityMention#TITLE} for the title, else block index. */
  static Map<Integer, List<Marked>> byText(Article a) {
    Map<Integer, List<Marked>> out = new HashMap<>();
    for (Entity e : a.entities()) {
      String facet = QueryFilters.entityFacet(e.type());
      if (facet == null) {
        continue;
      }
      for (EntityMention m : e.mentions()) {
        out.computeIfAbsent(m.block(), k -> new ArrayList<>()).add(new Marked(m.start(), m.end(), facet,
            e.canonical(), e.id()));
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(Marked::start).thenComparingInt(Marked::end)));
    return out;
  }

  /** The text with its mentions marked (sorted by start); spans outside the text or overlapping are skipped. */
  static Node render(String text, List<Marked> marks) {
    if (marks.isEmpty()) {
      return text(text);
    }
    List<Node> nodes = new ArrayList<>();
    int at = 0;
    for (Marked m : marks) {
      if (m.start() < at || m.end() > text.length() || m.start() >= m.end()) {
        continue;
      }
      if (m.start() > at) {
        nodes.add(text(text.substring(at, m.start())));
      }
      nodes.add(el("a").cls("ent-mark").href(EntityLinks.page(m.id())).add(
          el("mark").cls("ent ent-" + m.facet()).attr("title", m.canonical())
              .text(text.substring(m.start(), m.end()))));
      at = m.end();
    }
    if (at < text.length()) {
      nodes.add(text(text.substring(at)));
    }
    return Html.fragment(nodes);
  }

  /** "Entities in this article": per type, each entity a link to its entity page (which lists its articles). */
  static Node list(List<Entity> entities) {
    Element section = el("section").cls("entities").attr("aria-labelledby", "entities-heading")
        .add(el("h2").attr("id", "entities-heading").text("الكيانات في المقالة"));
    Element dl = el("dl").cls("entity-list");
    for (Map.Entry<String, String> type : List.of(Map.entry("person", "أشخاص"), Map.entry("place", "أماكن"),
        Map.entry("org", "منظمات"))) {
      List<Entity> ofType = entities.stream()
          .filter(e -> type.getKey().equals(QueryFilters.entityFacet(e.type()))).toList();
      if (ofType.isEmpty()) {
        continue;
      }
      Element dd = el("dd");
      Element ul = el("ul");
      for (Entity e : ofType) {
        ul.add(el("li").add(el("a").cls("ent-link ent-" + type.getKey()).href(EntityLinks.page(e.id()))
            .attr("dir", "auto").text(e.canonical()),
            el("span").cls("facet-count").text(" " + Arabic.count(e.mentions().size()))));
      }
      dl.add(el("div").add(el("dt").text(type.getValue()), dd.add(ul)));
    }
    return section.add(dl);
  }
}
