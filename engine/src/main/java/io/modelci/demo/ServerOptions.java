package io.modelci.demo;

/**
 * Settings of the {@link ModelServer}, including the faults it can inject for testing deployment checks.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port, 0 for any free one
 * @param latencyMillis extra delay added to a delayed request
 * @param latencyFraction the share of requests that get the delay (1 = all)
 * @param errorRate the share of requests answered with HTTP 500 instead of a prediction
 * @param seed the seed that picks which requests are delayed or failed; each request draws in arrival order
 * @param threads worker threads; delayed requests hold one while they wait
 */
public record ServerOptions(String host, int port, long latencyMillis, double latencyFraction, double errorRate,
        long seed, int threads) {
    public ServerOptions {
        if (port < 0 || port > 65535 || latencyMillis < 0 || latencyFraction < 0 || latencyFraction > 1
                || errorRate < 0 || errorRate > 1 || threads < 1) {
            throw new IllegalArgumentException("need 0 <= port <= 65535, latency >= 0, fractions in [0, 1], threads >= 1");
        }
    }

    /** Loopback, any free port, no injected faults, 32 threads. */
    public static ServerOptions loopback() {
        return new ServerOptions("127.0.0.1", 0, 0, 1, 0, 1, 32);
    }

    public ServerOptions withLatency(final long millis, final double fraction) {
        return new ServerOptions(host, port, millis, fraction, errorRate, seed, threads);
    }

    public ServerOptions withErrorRate(final double rate) {
        return new ServerOptions(host, port, latencyMillis, latencyFraction, rate, seed, threads);
    }

    public ServerOptions withSeed(final long newSeed) {
        return new ServerOptions(host, port, latencyMillis, latencyFraction, errorRate, newSeed, threads);
    }

    public ServerOptions withAddress(final String newHost, final int newPort) {
        return new ServerOptions(newHost, newPort, latencyMillis, latencyFraction, errorRate, seed, threads);
    }
}
