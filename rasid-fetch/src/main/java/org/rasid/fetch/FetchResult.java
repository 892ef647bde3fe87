package org.rasid.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A successful fetch: a 2xx response with its (decompressed) body, or a 304 when the validators sent still hold.
 *
 * @param url the URL that answered, after redirects
 * @param status the HTTP status (2xx or 304)
 * @param body the body, decompressed; empty for a 304
 * @param contentType the {@code Content-Type} header, or null
 * @param validators the response's {@code ETag} / {@code Last-Modified}, for the next conditional GET
 */
public record FetchResult(URI url, int status, byte[] body, String contentType, Validators validators) {
  public FetchResult {
    Objects.requireNonNull(url, "url");
    body = Objects.requireNonNullElse(body, new byte[0]);
    validators = Objects.requireNonNullElse(validators, Validators.NONE);
  }

  /** True for a 304: nothing changed since the validators sent. */
  public boolean notModified() {
    return status == 304;
  }
}
