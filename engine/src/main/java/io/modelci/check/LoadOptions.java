package io.modelci.check;

import io.modelci.InputException;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A load test's plan: where, what, how fast, for how long.
 *
 * @param url the endpoint to POST to; the only host contacted
 * @param bodies the JSON request bodies, cycled in order
 * @param rate intended requests per second (open model: sends follow the schedule whatever the responses do)
 * @param duration how long to send for; ignored when {@code requests} is positive
 * @param requests how many requests to send, or 0 to send for {@code duration}
 * @param concurrency the most requests in flight at once; a request whose turn comes while all are busy waits,
 *        and its wait counts in its latency
 * @param timeout how long one request may take before it counts as a timeout
 */
public record LoadOptions(URI url, List<byte[]> bodies, double rate, Duration duration, long requests,
        int concurrency, Duration timeout) {
    /** Highest rate accepted, requests per second. */
    public static final double MAX_RATE = 20_000;
    /** Longest run accepted. */
    public static final Duration MAX_DURATION = Duration.ofMinutes(30);
    /** Most requests accepted. */
    public static final long MAX_REQUESTS = 10_000_000;
    /** Most requests in flight accepted. */
    public static final int MAX_CONCURRENCY = 1024;

    public LoadOptions {
        Endpoints.requireHttp(url, "url");
        if (bodies.isEmpty()) {
            throw InputException.ofField("requests-file", "no request bodies");
        }
        if (!(rate > 0) || rate > MAX_RATE) {
            throw InputException.ofField("rate", "must be above 0 and at most " + (long) MAX_RATE + ", found " + rate);
        }
        if (requests < 0 || requests > MAX_REQUESTS) {
            throw InputException.ofField("requests", "must be between 1 and " + MAX_REQUESTS + ", found " + requests);
        }
        if (requests == 0 && (duration == null || duration.isZero() || duration.isNegative())) {
            throw InputException.ofField("duration", "give a positive duration or a request count");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw InputException.ofField("concurrency", "must be between 1 and " + MAX_CONCURRENCY);
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw InputException.ofField("timeout", "must be positive");
        }
        if (plannedDuration(rate, duration, requests).compareTo(MAX_DURATION) > 0) {
            throw InputException.ofField(requests > 0 ? "requests" : "duration",
                    "the run would last longer than " + MAX_DURATION.toMinutes() + " minutes");
        }
        bodies = List.copyOf(bodies);
    }

    /** How many requests the schedule holds. */
    public long scheduledRequests() {
        return requests > 0 ? requests : Math.max(1, (long) Math.floor(duration.toNanos() / 1e9 * rate));
    }

    /** The time between two intended sends. */
    public long intervalNanos() {
        return Math.round(1e9 / rate);
    }

    private static Duration plannedDuration(final double rate, final Duration duration, final long requests) {
        return requests > 0 ? Duration.ofNanos((long) (requests / rate * 1e9)) : duration;
    }
}
