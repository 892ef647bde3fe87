package org.rasid.server;

/**
 * The JSON body of every API error: {@code {"error": "...", "status": 404}}.
 *
 * @param error what went wrong
 * @param status the HTTP status, repeated for clients that only see the body
 */
public record ApiError(String error, int status) {
  static ApiError of(Failure failure) {
    return new ApiError(failure.message(), failure.status());
  }
}
