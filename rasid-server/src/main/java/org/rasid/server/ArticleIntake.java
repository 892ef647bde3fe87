package org.rasid.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.TextDecoder;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.structure.Structurer;
import org.rasid.index.ArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.server.html.Url;

/**
 * Takes a submitted article: reads the request body within the size limit, decodes it, structures it, upserts it
 * and commits. Writes are serialized: the index has one writer.
 */
final class ArticleIntake {
  /** The document name in error messages. */
  static final String BODY = "request body";
  static final String TEXT_PLAIN = "text/plain";
  static final String APPLICATION_JSON = "application/json";
  /**
   * An oversized body is read and thrown away up to this many bytes before the 413 is sent: a client still sending
   * its body would otherwise see the connection reset instead of the answer. Past this the connection is cut.
   * (Clients that send {@code Expect: 100-continue}, as curl does for large bodies, never send the body at all.)
   */
  static final long MAX_DISCARD_BYTES = 32L * 1024 * 1024;

  private final ArticleIndex index;
  private final long maxBodyBytes;
  private final ArticleEntities entities;
  private final Structurer structurer = new Structurer();
  private final Object writeLock = new Object();

  ArticleIntake(ArticleIndex index, long maxBodyBytes, ArticleEntities entities) {
    this.index = index;
    this.maxBodyBytes = maxBodyBytes;
    this.entities = entities;
  }

  /** The JSON form of a submission. */
  record JsonSubmission(@JsonProperty("text") String text, @JsonProperty("url") String url) {}

  /** A submission read from a request: the article's text and its URL when given. */
  record Submission(String text, String url) {}

  /**
   * The stored record and whether it is new.
   *
   * @param article the record as stored
   * @param created true when its id was not in the index before
   * @param entityFailure why the entity step failed on it (the record is stored without entities), or null
   */
  record Stored(Article article, boolean created, String entityFailure) {}

  /**
   * Reads a submission: {@code text/plain} (any charset rasid can detect; the URL may come as the {@code url} query
   * parameter) or {@code application/json} ({@code {"text": "...", "url": "..."}}).
   */
  Submission read(Context ctx) throws IOException {
    String mediaType = mediaType(ctx.contentType());
    boolean json = mediaType.equals(APPLICATION_JSON);
    if (!json && !mediaType.equals(TEXT_PLAIN)) {
      throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
          "Content-Type must be text/plain or application/json, was '" + (mediaType.isEmpty() ? "none" : mediaType)
              + "'");
    }
    long declared = declaredLength(ctx);
    if (declared > maxBodyBytes) {
      discard(ctx.bodyInputStream());
      throw tooLarge();
    }
    byte[] bytes;
    try {
      bytes = TextDecoder.readBounded(ctx.bodyInputStream(), maxBodyBytes, BODY);
    } catch (InputRejectedException e) {
      discard(ctx.bodyInputStream());
      throw tooLarge();
    }
    if (json) {
      if (bytes.length == 0) {
        throw InputRejectedException.empty(BODY);
      }
      JsonSubmission s = Json.mapper().readValue(bytes, JsonSubmission.class);
      if (s == null || s.text() == null) {
        throw new BadRequestResponse("the JSON body must have a \"text\" field with the article's text");
      }
      String text = TextDecoder.decode(s.text().getBytes(StandardCharsets.UTF_8), "field \"text\"").text();
      return new Submission(text, checkUrl(s.url()));
    }
    return new Submission(TextDecoder.decode(bytes, BODY).text(), checkUrl(ctx.queryParam("url")));
  }

  /**
   * Structures, finds the entities (when the server has an entity step; a failure there stores the record without
   * them and says why), upserts and commits, keeping the index's checkpoint data (an ingest may be resuming from it),
   * then saves the entity registry when the step has one.
   */
  Stored store(Submission submission) throws IOException {
    Article article = structurer.structure(submission.text(), submission.url()).article();
    String entityFailure = null;
    try {
      article = entities.annotate(article);
    } catch (RuntimeException e) { // the submission is still worth keeping without its entities
      entityFailure = "entities not found, article stored without them: " + e;
    }
    synchronized (writeLock) {
      boolean existed = index.contains(article.id());
      index.upsert(article);
      index.commit(index.checkpoint());
      entities.saveCorpus(); // after the commit: the registry may know more than the index, never less
      return new Stored(article, !existed, entityFailure);
    }
  }

  private HttpResponseException tooLarge() {
    return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
        BODY + " is over this server's limit of " + size(maxBodyBytes));
  }

  /** "5 MB", "1 KB", "1500 bytes". */
  static String size(long bytes) {
    long kib = 1024;
    long mib = kib * kib;
    if (bytes % mib == 0) {
      return bytes / mib + " MB";
    }
    return bytes % kib == 0 ? bytes / kib + " KB" : bytes + " bytes";
  }

  /** Reads and drops what is left of the body, up to {@link #MAX_DISCARD_BYTES}. */
  private static void discard(InputStream in) throws IOException {
    long left = MAX_DISCARD_BYTES;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          return;
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static String checkUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    if (Url.external(url).isEmpty()) {
      throw new BadRequestResponse("url must be an absolute http or https address");
    }
    return url.strip();
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The Content-Length header, or -1 when absent or unparseable (the body is then read up to the limit). */
  private static long declaredLength(Context ctx) {
    String header = ctx.header("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
