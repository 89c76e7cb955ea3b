package io.modelci.check;

import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a load test. Latencies are measured from each request's intended send time, so time spent
 * waiting for a free slot or behind a slow schedule is counted, not hidden.
 *
 * @param url the endpoint
 * @param scheduled requests the schedule held
 * @param sent requests actually sent
 * @param ok responses with a 2xx status
 * @param errors responses with another status, and I/O errors
 * @param timeouts sent requests with no response within the timeout
 * @param notSent requests that never got a free slot before the run's deadline
 * @param elapsedNanos from the first intended send to the last response
 * @param latencyMicros latency histogram in microseconds (answered, failed and timed-out requests)
 */
public record LoadReport(String url, long scheduled, long sent, long ok, long errors, long timeouts, long notSent,
        long elapsedNanos, Histogram latencyMicros) {
    /**
     * {@code latency_p50_ms}, {@code latency_p90_ms}, {@code latency_p99_ms}, {@code latency_p999_ms},
     * {@code latency_max_ms}, {@code throughput_rps} (2xx responses per second), {@code error_rate} (errors / sent),
     * {@code timeouts}, and {@code requests}, {@code requests_ok}, {@code requests_not_sent}.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("latency_p50_ms", percentileMillis(50));
        metrics.put("latency_p90_ms", percentileMillis(90));
        metrics.put("latency_p99_ms", percentileMillis(99));
        metrics.put("latency_p999_ms", percentileMillis(99.9));
        metrics.put("latency_max_ms", latencyMicros.getTotalCount() == 0 ? 0 : round3(latencyMicros.getMaxValue() / 1000.0));
        metrics.put("throughput_rps", elapsedNanos <= 0 ? 0 : round3(ok / (elapsedNanos / 1e9)));
        metrics.put("error_rate", sent == 0 ? 0 : (double) errors / sent);
        metrics.put("timeouts", (double) timeouts);
        metrics.put("requests", (double) sent);
        metrics.put("requests_ok", (double) ok);
        metrics.put("requests_not_sent", (double) notSent);
        return metrics;
    }

    private double percentileMillis(final double percentile) {
        if (latencyMicros.getTotalCount() == 0) {
            return 0;
        }
        return round3(latencyMicros.getValueAtPercentile(percentile) / 1000.0);
    }

    private static double round3(final double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
