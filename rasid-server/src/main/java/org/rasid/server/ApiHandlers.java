package org.rasid.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.rasid.index.ArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.NetworkRequest;
import org.rasid.server.ApiBodies.EntityResult;
import org.rasid.server.ApiBodies.FacetsResult;
import org.rasid.server.ApiBodies.NetworkEcho;
import org.rasid.server.ApiBodies.NetworkResult;
import org.rasid.server.ApiBodies.SearchEcho;
import org.rasid.server.ApiBodies.SearchResult;
import org.rasid.server.ApiBodies.SimilarResult;
import org.rasid.server.html.EntityPage;
import org.rasid.server.html.Url;

/** The JSON API under {@code /api}, described by {@code /api/openapi.json}. */
final class ApiHandlers {
  /** Classpath location of the hand-written OpenAPI document. */
  static final String OPENAPI_RESOURCE = "/org/rasid/server/openapi.json";

  /** Says what went wrong with a submission that was stored all the same (its entities could not be found). */
  static final String WARNING_HEADER = "Rasid-Warning";

  private final ArticleIndex index;
  private final ArticleIntake intake;
  private final byte[] openApi;

  ApiHandlers(ArticleIndex index, ServerConfig config, ArticleEntities entities) {
    this.index = index;
    this.intake = new ArticleIntake(index, config.maxBodyBytes(), entities);
    this.openApi = readResource(OPENAPI_RESOURCE);
  }

  void register(RoutesConfig routes) {
    routes.get("/api/search", this::search);
    routes.get("/api/facets", this::facets);
    routes.get("/api/stats", ctx -> Responses.json(ctx, withoutPath(index.stats())));
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/articles/{id}/similar", this::similar);
    routes.post("/api/articles", this::submit);
    routes.get("/api/entities/{id}", this::entity);
    routes.get("/api/network", this::network);
    routes.get("/api/openapi.json", ctx -> ctx.contentType(Responses.JSON).result(openApi));
  }

  private void search(Context ctx) throws IOException {
    String q = Params.query(ctx);
    int offset = Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
    int limit = Params.integer(ctx, "limit", Params.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
    SearchRequest.Sort sort = Params.sort(ctx, SearchRequest.Sort.RELEVANCE);
    SearchResponse response = index.search(Params.searchRequest(q, offset, limit, sort));
    Responses.json(ctx, SearchResult.of(new SearchEcho(q, offset, limit, Params.name(sort)), response));
  }

  private void facets(Context ctx) throws IOException {
    String q = Params.query(ctx);
    SearchResponse response = index.search(Params.searchRequest(q, 0, 1, SearchRequest.Sort.RELEVANCE));
    Responses.json(ctx, new FacetsResult(q, response.total(), response.facets(), response.entityFacetsEstimated(),
        response.tookMillis()));
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Responses.json(ctx, index.get(id).orElseThrow(() -> noSuchArticle(id)));
  }

  private void similar(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int limit = Params.integer(ctx, "limit", Params.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
    if (!index.contains(id)) {
      throw noSuchArticle(id);
    }
    List<Hit> hits = index.moreLikeThis(id, limit);
    Responses.json(ctx, new SimilarResult(id, limit, hits));
  }

  private void submit(Context ctx) throws IOException {
    ArticleIntake.Stored stored = intake.store(intake.read(ctx));
    HttpStatus status = stored.created() ? HttpStatus.CREATED : HttpStatus.OK;
    ctx.header("Location", Url.path("api", "articles", stored.article().id()).toString());
    if (stored.entityFailure() != null) {
      ctx.header(WARNING_HEADER, Responses.headerValue(stored.entityFailure()));
    }
    Responses.json(ctx, status.getCode(), stored.article());
  }

  private void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int offset = Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
    int limit = Params.integer(ctx, "limit", Params.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
    EntityProfile profile = index.entity(id).orElseThrow(() -> noSuchEntity(id));
    String filter = EntityPage.filter(profile);
    SearchResponse articles = index.search(new SearchRequest(filter, offset, limit, SearchRequest.Sort.NEWEST));
    Responses.json(ctx, new EntityResult(profile, filter, articles.total(), offset, limit, articles.hits()));
  }

  private void network(Context ctx) throws IOException {
    NetworkRequest request = Params.networkRequest(ctx);
    EntityNetwork network = index.network(request);
    Responses.json(ctx, NetworkResult.of(new NetworkEcho(request.query(), request.nodes(), request.edges()), network));
  }

  static NotFoundResponse noSuchEntity(String id) {
    return new NotFoundResponse("no entity with id '" + id + "'");
  }

  static NotFoundResponse noSuchArticle(String id) {
    return new NotFoundResponse("no article with id '" + id + "'");
  }

  private static byte[] readResource(String name) {
    try (InputStream in = ApiHandlers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index folder is this machine's business, not the client's. */
  private static org.rasid.index.IndexStats withoutPath(org.rasid.index.IndexStats s) {
    return new org.rasid.index.IndexStats(s.articles(), s.sources(), s.firstPublished(), s.lastPublished(),
        s.sizeBytes(), null);
  }
}
