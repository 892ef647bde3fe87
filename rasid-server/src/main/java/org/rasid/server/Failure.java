package org.rasid.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.rasid.core.io.InputRejectedException;
import org.rasid.index.QuerySyntaxException;

/**
 * What went wrong, as an HTTP status and a message fit to show. {@link #of} is the one place where exceptions are
 * mapped to statuses; the API renders a failure as JSON ({@link ApiError}), the pages as an Arabic error page.
 *
 * @param status HTTP status
 * @param message what went wrong, for the client; never a stack trace or an internal detail
 */
public record Failure(int status, String message) {
  /** The message of every 500: internal details go to the log only. */
  static final String INTERNAL = "internal server error";

  /** The status and message for an exception thrown while handling a request. */
  public static Failure of(Throwable e) {
    return switch (e) {
      case HttpResponseException h -> new Failure(h.getStatus(), messageOr(h, HttpStatus.forStatus(h.getStatus())));
      case QuerySyntaxException q -> new Failure(HttpStatus.BAD_REQUEST.getCode(), q.getMessage());
      case InputRejectedException r -> new Failure(statusOf(r.reason()), r.getMessage());
      case JsonProcessingException j -> new Failure(HttpStatus.BAD_REQUEST.getCode(),
          "request body is not valid JSON: " + j.getOriginalMessage());
      default -> new Failure(HttpStatus.INTERNAL_SERVER_ERROR.getCode(), INTERNAL);
    };
  }

  /** True for failures of the server rather than of the request. */
  public boolean isServerError() {
    return status >= HttpStatus.INTERNAL_SERVER_ERROR.getCode();
  }

  private static int statusOf(InputRejectedException.Reason reason) {
    return switch (reason) {
      case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE.getCode();
      case EMPTY, BINARY, UNDECODABLE, TOO_COMPLEX, TIMED_OUT -> HttpStatus.UNPROCESSABLE_CONTENT.getCode();
      case UNREADABLE -> HttpStatus.BAD_REQUEST.getCode();
    };
  }

  private static String messageOr(HttpResponseException h, HttpStatus status) {
    String m = h.getMessage();
    return m == null || m.isBlank() ? status.getMessage().toLowerCase(java.util.Locale.ROOT) : m;
  }
}
