package io.modelci.check;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a fixed rate to one HTTP endpoint and measures latency the honest way.
 *
 * <p>Request i is due at {@code start + i / rate}. Its latency runs from that intended time to its response, so a
 * slow server cannot make the test send less and hide its queueing (the coordinated-omission mistake): a request
 * sent late, because the sender fell behind or all {@code concurrency} slots were busy, carries its wait. The run
 * stops by itself: after the schedule, the last responses get one timeout, and requests that found no free slot by
 * then are counted as not sent.
 */
public final class LoadTest {
    /** Latencies above an hour are recorded as an hour. */
    private static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);

    private final LoadOptions options;

    public LoadTest(final LoadOptions options) {
        this.options = options;
    }

    public LoadReport run() throws InterruptedException {
        long scheduled = options.scheduledRequests();
        long interval = options.intervalNanos();
        Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicLong lastResponse = new AtomicLong();
        Semaphore slots = new Semaphore(options.concurrency());
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "load-test");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout()).executor(executor).build();
        List<byte[]> bodies = options.bodies();
        long timeoutNanos = options.timeout().toNanos();
        long start = System.nanoTime();
        long scheduleEnd = start + (scheduled - 1) * interval;
        long deadline = scheduleEnd + timeoutNanos + TimeUnit.SECONDS.toNanos(1);
        long sent = 0;
        long notSent = 0;
        try {
            for (long i = 0; i < scheduled; i++) {
                long intended = start + i * interval;
                parkUntil(intended);
                if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    notSent = scheduled - i;
                    recordUnsent(histogram, start, interval, i, scheduled, System.nanoTime());
                    break;
                }
                sent++;
                HttpRequest request = HttpRequest.newBuilder(options.url())
                        .timeout(options.timeout())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (i % bodies.size()))))
                        .build();
                java.util.concurrent.CompletableFuture<HttpResponse<Void>> response;
                try {
                    response = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
                }
                catch (RuntimeException e) {
                    response = java.util.concurrent.CompletableFuture.failedFuture(e);
                }
                response.whenComplete((answer, failure) -> {
                    long now = System.nanoTime();
                    histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, (now - intended) / 1000)));
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        (cause instanceof HttpTimeoutException ? timeouts : errors).incrementAndGet();
                    }
                    else if (answer.statusCode() / 100 == 2) {
                        ok.incrementAndGet();
                    }
                    else {
                        errors.incrementAndGet();
                    }
                    lastResponse.accumulateAndGet(now, Math::max);
                    slots.release();
                });
            }
            // Every request in flight ends by its own timeout; wait for all slots to come back.
            long waitNanos = Math.max(deadline - System.nanoTime(), 0) + timeoutNanos;
            if (slots.tryAcquire(options.concurrency(), waitNanos, TimeUnit.NANOSECONDS)) {
                slots.release(options.concurrency());
            }
        }
        finally {
            executor.shutdownNow();
        }
        long end = Math.max(lastResponse.get(), start);
        return new LoadReport(options.url().toString(), scheduled, sent, ok.get(), errors.get(), timeouts.get(),
                notSent, end - start, histogram.copy());
    }

    /** Requests never sent waited at least until the test gave up on them; that wait is their latency. */
    private static void recordUnsent(final Histogram histogram, final long start, final long interval,
            final long first, final long scheduled, final long now) {
        for (long j = first; j < scheduled; j++) {
            long waited = now - (start + j * interval);
            if (waited > 0) {
                histogram.recordValue(Math.min(MAX_MICROS, waited / 1000));
            }
        }
    }

    private static void parkUntil(final long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    /** The planned length of the schedule, for messages. */
    public Duration plannedDuration() {
        return Duration.ofNanos(options.scheduledRequests() * options.intervalNanos());
    }
}
