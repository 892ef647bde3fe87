package org.rasid.fetch;

/**
 * What a conditional GET sends: the {@code ETag} and {@code Last-Modified} of the last response, each null when
 * the server gave none.
 *
 * @param etag sent back as {@code If-None-Match}
 * @param lastModified sent back as {@code If-Modified-Since}
 */
public record Validators(String etag, String lastModified) {
  /** No validators: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);
}
