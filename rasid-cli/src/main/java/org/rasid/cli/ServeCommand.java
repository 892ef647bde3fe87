package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rasid.index.ArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.server.RasidServer;
import org.rasid.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid serve}: the REST API and web UI over an index, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and REST API (/api/…, described at /api/openapi.json) over an index.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOptions index;

  @Mixin EntityOptions entityOptions;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free).")
  int port;

  @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 to serve others).")
  String host;

  @Option(names = "--max-body", defaultValue = "5MB", converter = ByteSize.class, paramLabel = "SIZE",
      description = "Largest POSTed article (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerConfig config;
    try {
      config = ServerConfig.defaults().withHost(host).withPort(port).withMaxBodyBytes(maxBody);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("rasid serve: " + e.getMessage());
      return RasidCli.USAGE;
    }
    try (ArticleIndex idx = index.open()) {
      serve(idx, config, entityOptions.step("serve", spec.commandLine().getErr(), index.dir),
          spec.commandLine().getOut());
    }
    return RasidCli.OK;
  }

  /**
   * Starts the server (submitted articles get their entities from {@code entities}), prints where it listens, and
   * blocks until Ctrl-C.
   */
  static void serve(ArticleIndex idx, ServerConfig config, ArticleEntities entities, PrintWriter out)
      throws InterruptedException {
    RasidServer server;
    try {
      server = RasidServer.start(idx, config, entities);
    } catch (RuntimeException e) {
      throw new CliException("cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage()
          + "); is another server running? Try --port 0 or another port");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rasid-serve-stop"));
    String shown = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    out.printf("rasid: serving %s at http://%s:%d/ (API: /api/openapi.json) — Ctrl-C to stop%n", "the index",
        shown, server.port());
    out.flush();
    server.awaitStop();
  }
}
