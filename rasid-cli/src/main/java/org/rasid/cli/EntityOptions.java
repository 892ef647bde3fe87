package org.rasid.cli;

import java.io.PrintWriter;
import org.rasid.nlp.entities.ArticleEntities;
import picocli.CommandLine.Option;

/**
 * {@code --no-entities}, shared by the commands that structure articles. Without it the shipped named-entity model
 * fills every article's entities; when the model cannot be loaded the command warns once and goes on without them.
 */
final class EntityOptions {
  @Option(names = "--no-entities",
      description = "Do not find named entities (persons, places, organizations) in the articles.")
  boolean noEntities;

  /** The entity step to run; warns once on {@code err} when entities were wanted but the model is not there. */
  ArticleEntities step(String command, PrintWriter err) {
    if (noEntities) {
      return ArticleEntities.off("--no-entities");
    }
    ArticleEntities step = ArticleEntities.shipped();
    step.unavailable().ifPresent(why -> {
      err.println("rasid " + command + ": warning: " + why);
      err.flush();
    });
    return step;
  }
}
