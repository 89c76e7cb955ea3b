package io.modelci.check;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the deployment checks one after the other against one served model: the golden check (when a golden file
 * is given), then the load check (when a request file is given). What a pipeline step calls.
 *
 * <pre>{@code
 * VerificationResult result = new ModelVerifier(url)
 *         .golden(goldenFile, new GoldenComparator(1e-6, 0, null))
 *         .load(requestsFile, 200, Duration.ofSeconds(30), 0, 64, Duration.ofSeconds(2))
 *         .verify();
 * MetricsFile.write(out, result.metrics());
 * }</pre>
 */
public final class ModelVerifier {
    private static final Duration GOLDEN_TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private Path goldenFile;
    private GoldenComparator comparator;
    private Path requestsFile;
    private double rate;
    private Duration duration;
    private long requests;
    private int concurrency;
    private Duration timeout;

    /** @param url the model's prediction endpoint */
    public ModelVerifier(final URI url) {
        this.url = Endpoints.requireHttp(url, "url");
    }

    /** Adds the golden check. */
    public ModelVerifier golden(final Path file, final GoldenComparator goldenComparator) {
        this.goldenFile = file;
        this.comparator = goldenComparator;
        return this;
    }

    /** Adds the load check; see {@link LoadOptions} for the meaning and bounds of each value. */
    public ModelVerifier load(final Path bodiesFile, final double requestRate, final Duration runDuration,
            final long requestCount, final int maxInFlight, final Duration requestTimeout) {
        this.requestsFile = bodiesFile;
        this.rate = requestRate;
        this.duration = runDuration;
        this.requests = requestCount;
        this.concurrency = maxInFlight;
        this.timeout = requestTimeout;
        return this;
    }

    /**
     * Runs the checks that were added; the golden check first, so that a model answering wrongly is seen before its
     * speed is measured.
     *
     * @throws io.modelci.InputException on a bad golden or request file, or load settings out of bounds
     */
    public VerificationResult verify() throws InterruptedException {
        LoadOptions loadOptions = requestsFile == null ? null
                : new LoadOptions(url, RequestBodies.read(requestsFile), rate, duration, requests, concurrency, timeout);
        GoldenReport goldenReport = goldenFile == null ? null
                : new GoldenCheck(comparator, 5).run(GoldenSet.read(goldenFile),
                        new HttpTarget(url, timeout == null ? GOLDEN_TIMEOUT : timeout.plus(GOLDEN_TIMEOUT)));
        LoadReport loadReport = loadOptions == null ? null : new LoadTest(loadOptions).run();
        return new VerificationResult(goldenReport, loadOptions, loadReport);
    }
}
