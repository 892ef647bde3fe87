package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rasid.core.io.Limits;
import org.rasid.fetch.FeedReader;
import org.rasid.fetch.FetchClock;
import org.rasid.fetch.PageReader;
import org.rasid.fetch.RobotsRules;
import org.rasid.fetch.SafeFetcher;
import org.rasid.fetch.WatchState;
import org.rasid.fetch.Watcher;
import org.rasid.index.ArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasid watch FEED_URL… | --feeds FILE}: poll RSS/Atom feeds and index their new items. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {
      "Poll RSS/Atom feeds and index their new items: each item's page is fetched and extracted (or, when that"
          + " fails, the text the feed carries is used).",
      "Fetching is guarded: http(s) only, no private/loopback/link-local addresses (unless --allow-private),"
          + " robots.txt honoured, a pause between two requests to one host, size and time limits,"
          + " conditional GET.",
      "The state (validators, items seen) is saved after each feed, so a restart fetches nothing twice.",
      "Exit status with --once: 0 every feed was read; 1 a feed failed; 2 usage error. Without --once it polls"
          + " until interrupted (Ctrl-C stops after the current item)."
    })
final class WatchCommand implements Callable<Integer> {

  /** Shortest --interval accepted: polling a feed more often is impolite and rarely useful. */
  static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
  /** How long Ctrl-C waits for the current item to finish and the state to be saved. */
  static final Duration STOP_WAIT = Duration.ofMinutes(2);
  /** Item failures listed per feed on stderr (all are counted). */
  static final int FAILURES_SHOWN = 10;
  /** Most feeds in one --feeds file. */
  static final int MAX_FEEDS = 10_000;

  @Spec CommandSpec spec;

  @Mixin IndexOptions index;

  @Mixin EntityOptions entityOptions;

  @Parameters(arity = "0..*", paramLabel = "FEED_URL", description = "Feed URLs (http or https).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--feeds", paramLabel = "FILE",
      description = "File of feed URLs, one a line; blank lines and lines starting with # are ignored.")
  Path feedsFile;

  @Option(names = "--interval", defaultValue = "15m", converter = Interval.class, paramLabel = "DURATION",
      description = "Time between two rounds (default: ${DEFAULT-VALUE}; at least 1m).")
  Duration interval;

  @Option(names = "--once", description = "Poll every feed once, then exit.")
  boolean once;

  @Option(names = "--allow-private",
      description = "Also fetch from loopback, private and link-local addresses (an intranet, a test server).")
  boolean allowPrivate;

  @Option(names = "--state", paramLabel = "FILE",
      description = "State file (default: watch-state.json in the index folder).")
  Path stateFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<URI> feeds;
    try {
      feeds = feeds();
    } catch (IllegalArgumentException e) {
      err.println("rasid watch: " + e.getMessage());
      return RasidCli.USAGE;
    }
    if (feeds.isEmpty()) {
      err.println("rasid watch: give at least one FEED_URL or --feeds FILE");
      return RasidCli.USAGE;
    }
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      err.println("rasid watch: --interval must be at least " + MIN_INTERVAL.toMinutes() + "m");
      return RasidCli.USAGE;
    }
    Path state = stateFile != null ? stateFile : index.dir.resolve("watch-state.json");

    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch wake = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.set(true);
      wake.countDown();
      try {
        done.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "rasid-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean feedFailed = false;
    try (SafeFetcher fetcher = new SafeFetcher(SafeFetcher.Settings.defaults(allowPrivate));
        ArticleIndex idx = index.open()) {
      Watcher watcher = new Watcher(fetcher, new RobotsRules(fetcher, FetchClock.system()), new FeedReader(),
          PageReader.html(), idx, WatchState.load(state), state, Clock.systemUTC(),
          entityOptions.step("watch", err, index.dir));
      while (true) {
        Watcher.RoundReport round = watcher.round(feeds, stop::get, r -> report(r, out, err));
        entityOptions.save("watch", err);
        out.println(round.line());
        out.flush();
        feedFailed |= round.anyFeedFailed();
        if (once || stop.get()) {
          break;
        }
        out.printf(Locale.ROOT, "next round in %s (Ctrl-C to stop)%n", human(interval));
        out.flush();
        if (wake.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it waits for done
      }
    }
    if (stop.get()) {
      err.println("rasid watch: stopped; state saved to " + state.toAbsolutePath());
      err.flush();
    }
    return once && feedFailed ? RasidCli.SOME_FAILED : RasidCli.OK;
  }

  private static void report(Watcher.FeedReport r, PrintWriter out, PrintWriter err) {
    out.println(r.line());
    out.flush();
    list(r.failures(), "", "failed items", r.feed(), err);
    list(r.fallbacks(), "; indexed the feed's text instead", "items taken from the feed's text", r.feed(), err);
    list(r.entityFailures(), "", "items indexed without entities", r.feed(), err);
    err.flush();
  }

  /** The first {@link #FAILURES_SHOWN} of one kind of item report, then how many more. */
  private static void list(List<Watcher.ItemFailure> items, String suffix, String kind, String feed,
      PrintWriter err) {
    for (int i = 0; i < items.size(); i++) {
      if (i == FAILURES_SHOWN) {
        err.printf(Locale.ROOT, "rasid watch: … and %d more %s in %s%n", items.size() - FAILURES_SHOWN, kind, feed);
        return;
      }
      err.println("rasid watch: " + items.get(i).reason() + suffix);
    }
  }

  /** The feeds of the arguments and the --feeds file, in order, each once. */
  private List<URI> feeds() throws IOException {
    Set<URI> all = new LinkedHashSet<>();
    for (String u : urls) {
      all.add(feedUrl(u, "argument"));
    }
    if (feedsFile != null) {
      if (Files.size(feedsFile) > Limits.MAX_DOCUMENT_BYTES) {
        throw new IllegalArgumentException(feedsFile + ": feeds file is over the " + Limits.MAX_DOCUMENT_BYTES
            + " byte limit");
      }
      int n = 0;
      for (String line : Files.readAllLines(feedsFile, StandardCharsets.UTF_8)) {
        n++;
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          all.add(feedUrl(t, feedsFile + " line " + n));
        }
      }
    }
    if (all.size() > MAX_FEEDS) {
      throw new IllegalArgumentException("more than " + MAX_FEEDS + " feeds");
    }
    return List.copyOf(all);
  }

  private static URI feedUrl(String text, String where) {
    try {
      URI u = new URI(text.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("not an http or https URL (" + where + "): " + text);
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
