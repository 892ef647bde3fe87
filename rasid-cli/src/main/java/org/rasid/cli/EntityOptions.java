package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.nlp.entities.CorpusEntities;
import picocli.CommandLine.Option;

/**
 * {@code --no-entities}, shared by the commands that structure articles. Without it the shipped named-entity model
 * fills every article's entities; when the model cannot be loaded the command warns once and goes on without them.
 * Commands that write an index also keep its entity registry ({@link CorpusEntities}, the file {@value
 * CorpusEntities#FILE_NAME} in the index folder): {@link #step(String, PrintWriter, Path)} reads it, {@link #save}
 * writes it back.
 */
final class EntityOptions {
  @Option(names = "--no-entities",
      description = "Do not find named entities (persons, places, organizations) in the articles.")
  boolean noEntities;

  private CorpusEntities corpus;

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

  /**
   * The entity step for articles going into the index in {@code indexDir}, with that index's entity registry, so
   * that one person is one entity across its articles.
   *
   * @throws CliException when the registry file is damaged (it names the file and what to do)
   */
  ArticleEntities step(String command, PrintWriter err, Path indexDir) throws IOException {
    ArticleEntities step = step(command, err);
    if (!step.enabled()) {
      return step;
    }
    try {
      corpus = CorpusEntities.open(indexDir);
    } catch (InputRejectedException e) {
      throw new CliException(e.getMessage() + " (the entity registry; delete it to start a new one)");
    }
    return step.withCorpus(corpus);
  }

  /** Writes the index's entity registry back, when {@link #step(String, PrintWriter, Path)} opened one. */
  void save(String command, PrintWriter err) throws IOException {
    if (corpus == null) {
      return;
    }
    corpus.save();
    if (corpus.full()) {
      err.printf(Locale.ROOT, "rasid %s: warning: the entity registry is full (%,d entries): names first seen from"
          + " now on are not unified across articles%n", command, Limits.MAX_REGISTRY_ENTRIES);
      err.flush();
    }
  }
}
