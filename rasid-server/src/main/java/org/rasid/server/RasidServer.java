package org.rasid.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.rasid.index.ArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;

/**
 * The HTTP server: the JSON API under {@code /api} (described at {@code /api/openapi.json}), the Arabic web pages,
 * and their static files. Start it with {@link #start}; {@link #close} stops it. The index stays the caller's: the
 * server never closes it.
 *
 * <pre>{@code
 * try (ArticleIndex index = ...; RasidServer server = RasidServer.start(index, ServerConfig.defaults().withPort(8080))) {
 *   System.out.println("http://" + server.host() + ":" + server.port() + "/");
 *   server.awaitStop();  // or keep the main thread busy some other way
 * }
 * }</pre>
 */
public final class RasidServer implements AutoCloseable {
  /**
   * One registered route.
   *
   * @param method HTTP method, upper case
   * @param path path pattern as registered, with {@code {param}} placeholders
   */
  public record Route(String method, String path) {}

  private final Javalin app;
  private final ServerConfig config;
  private final Object stopped = new Object();
  private boolean closed;

  private RasidServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /**
   * Starts a server on {@code config.host()} and {@code config.port()} (0: a free port) and returns once it listens.
   *
   * @throws io.javalin.util.JavalinBindException (a RuntimeException) when the port is taken
   */
  public static RasidServer start(ArticleIndex index, ServerConfig config) {
    return start(index, config, ArticleEntities.off("no entity step"));
  }

  /**
   * Starts a server whose submitted articles ({@code POST /api/articles}) get their entities from {@code entities}
   * ({@link ArticleEntities#shipped()} in production).
   *
   * @throws io.javalin.util.JavalinBindException (a RuntimeException) when the port is taken
   */
  public static RasidServer start(ArticleIndex index, ServerConfig config, ArticleEntities entities) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(entities, "entities");
    ApiHandlers api = new ApiHandlers(index, config, entities);
    PageHandlers pages = new PageHandlers(index);
    Javalin app = Javalin.create(c -> {
      c.startup.startupWatcherEnabled = false;
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      c.jsonMapper(new JacksonJsonMapper());
      c.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/public";
        s.location = Location.CLASSPATH;
      });
      c.staticFiles.enableWebjars();
      c.routes.before(SecurityHeaders::apply);
      // One handler for everything: Javalin routes its own HttpResponseExceptions (404, 405, ...) apart otherwise.
      c.routes.exception(HttpResponseException.class, ErrorResponses::handle);
      c.routes.exception(Exception.class, ErrorResponses::handle);
      api.register(c.routes);
      pages.register(c.routes);
    });
    app.start(config.host(), config.port());
    return new RasidServer(app, config);
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The address the server is bound to. */
  public String host() {
    return config.host();
  }

  /** Every HTTP route registered (not the static files), sorted by path then method. */
  public List<Route> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(p -> p.endpoint.method.isHttpMethod())
        .map(p -> new Route(p.endpoint.method.name(), p.endpoint.path))
        .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
        .toList();
  }

  /** Blocks until {@link #close} is called from another thread (or a shutdown hook). */
  public void awaitStop() throws InterruptedException {
    synchronized (stopped) {
      while (!closed) {
        stopped.wait();
      }
    }
  }

  /** Stops the server. Idempotent. */
  @Override
  public void close() {
    synchronized (stopped) {
      if (!closed) {
        app.stop();
        closed = true;
        stopped.notifyAll();
      }
    }
  }
}
