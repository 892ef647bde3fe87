package org.rasid.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.rasid.core.model.Article;
import org.rasid.index.ArticleIndex;
import org.rasid.index.Hit;
import org.rasid.index.QuerySyntaxException;
import org.rasid.index.SearchRequest;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.NetworkRequest;
import org.rasid.index.SearchResponse;
import org.rasid.server.html.ArticlePage;
import org.rasid.server.html.EntityPage;
import org.rasid.server.html.NetworkPage;
import org.rasid.server.html.SearchPage;
import org.rasid.server.html.SearchPage.View;

/**
 * The pages for people: search at {@code /}, one article at {@code /articles/{id}}, one entity at {@code
 * /entities/{id}}, the co-occurrence network of a query at {@code /network}.
 */
final class PageHandlers {
  /** Similar articles listed beside an article. */
  static final int SIMILAR = 6;

  private final ArticleIndex index;

  PageHandlers(ArticleIndex index) {
    this.index = index;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::search);
    routes.get("/articles/{id}", this::article);
    routes.get("/entities/{id}", this::entity);
    routes.get("/network", this::network);
  }

  private void search(Context ctx) throws IOException {
    String q = Params.query(ctx);
    // Without a sort parameter: the newest articles when there is no query, else the most relevant first.
    SearchRequest.Sort chosen = Params.sort(ctx, null);
    SearchRequest.Sort sort = chosen != null ? chosen
        : q.isEmpty() ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
    int page = Params.integer(ctx, "page", 1, 1, SearchPage.MAX_PAGE);
    SearchRequest request = Params.searchRequest(q, (page - 1) * SearchPage.PAGE_SIZE, SearchPage.PAGE_SIZE, sort);
    try {
      Responses.html(ctx, 200, SearchPage.render(View.of(request, chosen, page, index.search(request))));
    } catch (QuerySyntaxException e) {
      // The query stays in the box, with what is wrong with it; the status comes from the one mapping.
      Responses.html(ctx, Failure.of(e).status(),
          SearchPage.render(View.failed(request, chosen, page, e.getMessage())));
    }
  }

  private void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int page = Params.integer(ctx, "page", 1, 1, EntityPage.MAX_PAGE);
    EntityProfile profile = index.entity(id).orElseThrow(() -> ApiHandlers.noSuchEntity(id));
    SearchResponse articles = index.search(new SearchRequest(EntityPage.filter(profile),
        (page - 1) * EntityPage.PAGE_SIZE, EntityPage.PAGE_SIZE, SearchRequest.Sort.NEWEST));
    Responses.html(ctx, 200, EntityPage.render(new EntityPage.View(profile, articles, page)));
  }

  private void network(Context ctx) throws IOException {
    NetworkRequest request = Params.networkRequest(ctx);
    try {
      EntityNetwork network = index.network(request);
      Responses.html(ctx, 200, NetworkPage.render(new NetworkPage.View(request.query(), request.nodes(), network,
          null)));
    } catch (QuerySyntaxException e) {
      Responses.html(ctx, Failure.of(e).status(),
          NetworkPage.render(new NetworkPage.View(request.query(), request.nodes(), null, e.getMessage())));
    }
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article article = index.get(id).orElseThrow(() -> ApiHandlers.noSuchArticle(id));
    List<Hit> similar = index.moreLikeThis(id, SIMILAR);
    Responses.html(ctx, 200, ArticlePage.render(article, similar));
  }
}
