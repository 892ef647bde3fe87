package org.rasid.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on loopback, port 0, with routes by path; records every request. */
final class TestServer implements AutoCloseable {

  /** Answers one request; {@code n} is how many times this path was asked, from 1. */
  @FunctionalInterface
  interface Route {
    void answer(HttpExchange exchange, int n) throws IOException;
  }

  /** A request as received. */
  record Request(String path, Headers headers) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      synchronized (requests) {
        requests.add(new Request(path, ex.getRequestHeaders()));
      }
      int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Route route = routes.get(path);
      try {
        if (route == null) {
          send(ex, 404, "text/plain", "not found");
        } else {
          route.answer(ex, n);
        }
      } catch (IOException e) {
        // the client went away (cancelled fetch): nothing to do
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  TestServer on(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  int totalHits() {
    synchronized (requests) {
      return requests.size();
    }
  }

  List<Request> requests(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  static void send(HttpExchange ex, int status, String type, String body, String... headers) throws IOException {
    send(ex, status, type, body.getBytes(UTF_8), headers);
  }

  static void send(HttpExchange ex, int status, String type, byte[] body, String... headers) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      ex.getResponseHeaders().set(headers[i], headers[i + 1]);
    }
    boolean noBody = status == 304 || body.length == 0;
    ex.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static Route redirect(String location) {
    return (ex, n) -> send(ex, 302, null, new byte[0], "Location", location);
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
