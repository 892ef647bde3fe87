package org.rasid.html.extract;

import java.util.List;
import java.util.Objects;
import org.rasid.core.model.Image;
import org.rasid.core.structure.Structured;

/**
 * Everything one extraction produced, for callers that need more than the record (benchmarks, {@code --explain}).
 *
 * @param metadata what the markup said
 * @param lines the content as rendered for the structurer, title line excluded
 * @param images figures of the content
 * @param structured the structurer's result on the rendered text, with the markup fields laid over its record
 * @param bodySource where the body text came from: {@code "dom"} or {@code "json-ld"}
 */
public record ExtractedPage(PageMetadata metadata, List<String> lines, List<Image> images, Structured structured,
    String bodySource) {
  public ExtractedPage {
    Objects.requireNonNull(metadata, "metadata");
    lines = List.copyOf(lines);
    images = List.copyOf(images);
    Objects.requireNonNull(structured, "structured");
  }
}
