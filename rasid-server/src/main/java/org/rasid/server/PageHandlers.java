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
import org.rasid.server.html.ArticlePage;
import org.rasid.server.html.SearchPage;
import org.rasid.server.html.SearchPage.View;

/** The pages for people: search at {@code /}, one article at {@code /articles/{id}}. */
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

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article article = index.get(id).orElseThrow(() -> ApiHandlers.noSuchArticle(id));
    List<Hit> similar = index.moreLikeThis(id, SIMILAR);
    Responses.html(ctx, 200, ArticlePage.render(article, similar));
  }
}
