package io.modelci.cli.demo;

import io.modelci.cli.ModelCi;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a demo model over HTTP until stopped:
 * {@code java -cp modelci.jar io.modelci.cli.demo.ServeMain --model model.json --port 0}. Its first line of
 * output is {@code listening on http://127.0.0.1:PORT/predict}, so a script can read the port it got.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a demo model: POST /predict with a JSON row answers {\"label\":...,\"score\":...}.")
public final class ServeMain implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "The model file (model.json from the trainer).")
    private Path modelFile;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Delay added to delayed requests, in ms (default: ${DEFAULT-VALUE}).")
    private long latencyMillis;

    @Option(names = "--latency-fraction", defaultValue = "1",
            description = "Share of requests that get --latency-ms (default: ${DEFAULT-VALUE}).")
    private double latencyFraction;

    @Option(names = "--error-rate", defaultValue = "0",
            description = "Share of requests answered with HTTP 500 (default: ${DEFAULT-VALUE}).")
    private double errorRate;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed that picks the delayed and failed requests (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", defaultValue = "32", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--stop-after", description = "Stop by itself after this long, e.g. 10m or 30s (default: never).")
    private String stopAfter;

    public static void main(final String[] args) {
        System.exit(DemoMains.execute(new ServeMain(), args));
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions options;
        Duration lifetime;
        try {
            options = new ServerOptions(host, port, latencyMillis, latencyFraction, errorRate, seed, threads);
            lifetime = stopAfter == null ? null : io.modelci.run.Durations.parse(stopAfter, "--stop-after");
        }
        catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LogisticModel model = LogisticModel.read(modelFile);
        CountDownLatch stopped = new CountDownLatch(1);
        ModelServer server = ModelServer.start(model, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            server.close();
        }));
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println("listening on " + server.predictUri());
            out.flush();
            if (lifetime == null) {
                stopped.await();
            }
            else {
                stopped.await(lifetime.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        finally {
            server.close();
        }
        return ModelCi.EXIT_OK;
    }
}
