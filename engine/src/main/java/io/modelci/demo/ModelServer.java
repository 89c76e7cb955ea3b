package io.modelci.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.modelci.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP server for a demo model: {@code POST /predict} with a JSON row (or an array of rows) answers
 * {@code {"label": ..., "score": ...}} (or an array); {@code GET /health} answers {@code {"status":"ok"}}.
 *
 * <p>It can add latency to a share of the requests and fail a share with HTTP 500, chosen by a seeded random
 * draw per request, so that load and golden checks can be tested against known faults.
 */
public final class ModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonRowScorer scorer;
    private final ServerOptions options;
    private final HttpServer server;
    private final ExecutorService workers;
    private final SplittableRandom random;
    private final AtomicLong requests = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private ModelServer(final LogisticModel model, final ServerOptions options) throws IOException {
        this.scorer = new JsonRowScorer(model);
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 256);
        this.workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "model-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/predict", this::predict);
        server.createContext("/health", this::health);
    }

    /** Starts serving; {@link #close()} stops. */
    public static ModelServer start(final LogisticModel model, final ServerOptions options) {
        try {
            ModelServer modelServer = new ModelServer(model, options);
            modelServer.server.start();
            return modelServer;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port(), e);
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The prediction endpoint, e.g. {@code http://127.0.0.1:41234/predict}. */
    public URI predictUri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + "/predict");
    }

    /** Requests received so far on {@code /predict}. */
    public long requestCount() {
        return requests.get();
    }

    private void predict(final HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "{\"error\":\"use POST with a JSON row\"}");
                return;
            }
            byte[] body = readAll(exchange.getRequestBody());
            boolean delayed;
            boolean failed;
            synchronized (random) {
                delayed = random.nextDouble() < options.latencyFraction();
                failed = random.nextDouble() < options.errorRate();
            }
            if (delayed && options.latencyMillis() > 0) {
                sleep(options.latencyMillis());
            }
            if (failed) {
                respond(exchange, 500, "{\"error\":\"injected error\"}");
                return;
            }
            String answer;
            try {
                answer = JSON.writeValueAsString(scorer.score(JSON.readTree(body)));
            }
            catch (JsonProcessingException e) {
                respond(exchange, 400, JSON.writeValueAsString(java.util.Map.of("error",
                        "not JSON: " + e.getOriginalMessage())));
                return;
            }
            catch (InputException e) {
                respond(exchange, 400, JSON.writeValueAsString(java.util.Map.of("error", e.getMessage())));
                return;
            }
            respond(exchange, 200, answer);
        }
    }

    private void health(final HttpExchange exchange) throws IOException {
        try (exchange) {
            readAll(exchange.getRequestBody());
            respond(exchange, 200, "{\"status\":\"ok\"}");
        }
    }

    private static byte[] readAll(final InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void respond(final HttpExchange exchange, final int status, final String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops accepting requests and stops the workers; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
