/**
 * Web pages into the article record: {@link org.rasid.html.HtmlDecoder} (bytes and HTTP header to text, whatever
 * the declared charsets claim), {@link org.rasid.html.ContentSniffer} (what a document is, by content, not by
 * name) and {@link org.rasid.html.HtmlExtractor} (main content and metadata into an {@link
 * org.rasid.core.model.Article}). Every bound comes from {@link org.rasid.core.io.Limits}.
 */
package org.rasid.html;
