package org.rasid.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.rasid.server.html.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception handler: every exception a handler throws ends here, becomes a {@link Failure} and is written
 * as JSON under {@code /api}, as an Arabic error page elsewhere. Server errors are logged with their stack trace,
 * which never reaches the client.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  static void handle(Exception e, Context ctx) {
    Failure failure = Failure.of(e);
    if (failure.isServerError()) {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    }
    if (failure.status() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
      ctx.header("Connection", "close"); // the rest of the body is not read
    }
    if (isApi(ctx.path())) {
      Responses.json(ctx, failure.status(), ApiError.of(failure));
    } else {
      Responses.html(ctx, failure.status(), ErrorPage.render(failure.status(), failure.message()));
    }
  }

  static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }
}
