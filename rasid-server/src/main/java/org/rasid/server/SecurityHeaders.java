package org.rasid.server;

import io.javalin.http.Context;

/** Headers sent with every response, pages, API and static files alike. */
final class SecurityHeaders {
  private SecurityHeaders() {}

  /**
   * Only this site's own scripts, styles, fonts and images: no inline script or style, no plugin, no framing, forms
   * post only here. The pages are built to need nothing more ({@link org.rasid.server.html.Html} refuses inline
   * scripts, {@code style} and {@code on*} attributes).
   */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
