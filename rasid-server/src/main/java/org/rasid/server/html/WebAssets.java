package org.rasid.server.html;

/** The static files the pages link to: this module's own under /static, uPlot from its WebJar under /webjars. */
public final class WebAssets {
  private WebAssets() {}

  /** The uPlot WebJar's version: the same as {@code uplot.version} in the pom (a test checks the files exist). */
  public static final String UPLOT_VERSION = "1.6.30";

  public static final Url APP_CSS = Url.site("/static/app.css");
  public static final Url FAVICON = Url.site("/static/favicon.svg");
  public static final Url SEARCH_JS = Url.site("/static/search.js");
  /** Noto Naskh Arabic (reading text) and Noto Sans Arabic (interface), variable fonts from npm, see the pom. */
  public static final Url FONT_NASKH_CSS = Url.site("/static/vendor/noto-naskh-arabic/index.css");
  public static final Url FONT_SANS_CSS = Url.site("/static/vendor/noto-sans-arabic/index.css");
  public static final Url UPLOT_JS = Url.site("/webjars/uplot/" + UPLOT_VERSION + "/dist/uPlot.iife.min.js");
  public static final Url UPLOT_CSS = Url.site("/webjars/uplot/" + UPLOT_VERSION + "/dist/uPlot.min.css");
}
