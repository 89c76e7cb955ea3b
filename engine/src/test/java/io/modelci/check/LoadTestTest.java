package io.modelci.check;

import io.modelci.InputException;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadTestTest {
    private static final List<byte[]> BODIES = List.of(
            "{\"state\":\"KS\",\"international_plan\":\"yes\",\"number_customer_service_calls\":4}"
                    .getBytes(StandardCharsets.UTF_8),
            "{\"state\":\"OH\",\"total_day_minutes\":161.6}".getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldShowLatencyAddedToOneRequestInTenInTheTailOnly() throws Exception {
        try (ModelServer server = ModelServer.start(ServedModel.model(),
                ServerOptions.loopback().withLatency(1000, 0.1).withSeed(7))) {
            // Warm both sides up first, so that the measured run is not the JIT's cold start.
            new LoadTest(new LoadOptions(server.predictUri(), BODIES, 100, null, 50, 64, Duration.ofSeconds(5))).run();

            LoadReport report = new LoadTest(new LoadOptions(server.predictUri(), BODIES, 100, Duration.ofSeconds(2),
                    0, 64, Duration.ofSeconds(5))).run();
            Map<String, Double> metrics = report.metrics();

            assertThat(report.sent()).isEqualTo(200);
            assertThat(report.ok()).isEqualTo(200);
            // About 20 of the 200 requests waited a full second: more than 1% (so p99 shows it), far fewer than
            // half (so the median does not). A second leaves room for a busy machine's own delays.
            assertThat(metrics.get("latency_p99_ms")).isGreaterThanOrEqualTo(1000.0);
            assertThat(metrics.get("latency_max_ms")).isGreaterThanOrEqualTo(1000.0);
            assertThat(metrics.get("latency_p50_ms")).isLessThan(1000.0);
            assertThat(metrics.get("error_rate")).isZero();
            assertThat(metrics.get("timeouts")).isZero();
            assertThat(metrics.get("throughput_rps")).isPositive();
            assertThat(metrics).containsKeys("latency_p90_ms", "latency_p999_ms");
        }
    }

    @Test
    void shouldCountInjectedErrorsInTheErrorRate() throws Exception {
        try (ModelServer server = ModelServer.start(ServedModel.model(),
                ServerOptions.loopback().withErrorRate(0.2).withSeed(3))) {
            LoadReport report = new LoadTest(new LoadOptions(server.predictUri(), BODIES, 200, null, 300, 32,
                    Duration.ofSeconds(5))).run();

            assertThat(report.sent()).isEqualTo(300);
            assertThat(report.errors() + report.ok()).isEqualTo(300);
            // 300 draws at 20%: the seed fixes the count; any seed lands well inside 10%..30%.
            assertThat(report.metrics().get("error_rate")).isBetween(0.1, 0.3);
            assertThat(report.metrics().get("requests_ok")).isEqualTo((double) report.ok());
        }
    }

    @Test
    void shouldChargeQueueingToTheRequestsThatWaitedForASlot() throws Exception {
        // One slot, 50 ms per request, 100 requests per second intended: request k cannot start before k * 50 ms
        // although it was due at k * 10 ms, so it waits at least k * 40 ms: the median (k = 10) 450 ms or more.
        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback().withLatency(50, 1))) {
            LoadReport report = new LoadTest(new LoadOptions(server.predictUri(), BODIES, 100, null, 20, 1,
                    Duration.ofSeconds(5))).run();

            assertThat(report.sent()).isEqualTo(20);
            assertThat(report.metrics().get("latency_p50_ms")).isGreaterThan(300.0);
            assertThat(report.metrics().get("latency_max_ms")).isGreaterThan(700.0);
            assertThat(report.metrics().get("throughput_rps")).isLessThan(25.0);
        }
    }

    @Test
    void shouldCountRequestsSlowerThanTheTimeoutAsTimeouts() throws Exception {
        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback().withLatency(400, 1))) {
            LoadReport report = new LoadTest(new LoadOptions(server.predictUri(), BODIES, 50, null, 10, 16,
                    Duration.ofMillis(100))).run();

            assertThat(report.timeouts()).isEqualTo(10);
            assertThat(report.ok()).isZero();
            assertThat(report.metrics().get("error_rate")).isZero();
            assertThat(report.metrics().get("latency_p50_ms")).isGreaterThanOrEqualTo(100.0);
        }
    }

    @Test
    void shouldCountConnectionFailuresAsErrors() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LoadReport report = new LoadTest(new LoadOptions(URI.create("http://127.0.0.1:" + closedPort + "/predict"),
                BODIES, 100, null, 5, 4, Duration.ofSeconds(1))).run();

        assertThat(report.metrics().get("error_rate")).isEqualTo(1.0);
        assertThat(report.metrics().get("throughput_rps")).isZero();
    }

    @Test
    void shouldRefuseUnboundedOrNonHttpPlans() {
        URI url = URI.create("http://127.0.0.1:1/predict");
        assertThatThrownBy(() -> new LoadOptions(URI.create("file:///etc/passwd"), BODIES, 10, null, 5, 1,
                Duration.ofSeconds(1))).isInstanceOf(InputException.class).hasMessageContaining("'url'");
        assertThatThrownBy(() -> new LoadOptions(url, BODIES, 1_000_000, null, 5, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("'rate'");
        assertThatThrownBy(() -> new LoadOptions(url, BODIES, 10, Duration.ofHours(2), 0, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("'duration'");
        assertThatThrownBy(() -> new LoadOptions(url, BODIES, 1, null, 1_000_000, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("'requests'");
        assertThatThrownBy(() -> new LoadOptions(url, List.of(), 10, null, 5, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("'requests-file'");
    }
}
