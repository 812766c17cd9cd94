package dev.rivulet.runtime.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 and a free port, for the HTTP modules' tests: answers each path with a canned
 * response and records every request it gets. {@link #hold()} makes responses wait until {@link #release()}, to show
 * that asynchronous requests do not hold up the engine.
 *
 * <pre>{@code
 * try (LoopbackHttpServer server = new LoopbackHttpServer()) {
 *     server.respond("/quote", 200, "application/json", "{\"price\": 1.5}");
 *     ... server.url("/quote") ... server.requests()
 * }
 * }</pre>
 */
public final class LoopbackHttpServer implements AutoCloseable {
    /** A request as the server saw it; header names in lower case. */
    public record Request(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    private record Response(int status, String contentType, byte[] body, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public LoopbackHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public LoopbackHttpServer respond(String path, int status, String contentType, String body) {
        responses.put(path, new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), 0));
        return this;
    }

    public LoopbackHttpServer respondSlowly(String path, long delayMillis, String body) {
        responses.put(path, new Response(200, "application/json", body.getBytes(StandardCharsets.UTF_8),
            delayMillis));
        return this;
    }

    /** Responses wait until {@link #release()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Request> requests() {
        return requests;
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new ConcurrentHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(", ", v)));
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().toString(), headers, body));
        try {
            gate.await(30, TimeUnit.SECONDS);
            Response r = responses.get(ex.getRequestURI().getPath());
            if (r == null) {
                r = new Response(404, "text/plain", "no such path".getBytes(StandardCharsets.UTF_8), 0);
            }
            if (r.delayMillis > 0) {
                Thread.sleep(r.delayMillis);
            }
            ex.getResponseHeaders().add("Content-Type", r.contentType);
            ex.getResponseHeaders().add("X-Served-By", "loopback");
            ex.sendResponseHeaders(r.status, r.body.length == 0 ? -1 : r.body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
