package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.AbortException;
import io.modelci.InputException;
import io.modelci.check.CommandTarget;
import io.modelci.check.GoldenCheck;
import io.modelci.check.GoldenComparator;
import io.modelci.check.GoldenSet;
import io.modelci.check.LoadOptions;
import io.modelci.check.ModelVerifier;
import io.modelci.check.VerificationResult;
import io.modelci.run.Durations;
import java.io.File;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The checked settings of {@code verifyModel}, and the checks themselves as they run on the agent. Checked before
 * anything runs, so a typo fails the step at once naming the argument; the bounds are the engine's (at most
 * 20,000 requests per second, 30 minutes, 10,000,000 requests, 1,024 in flight), so the step always ends by itself.
 * Only the endpoint the user named is ever contacted. Free of Jenkins types but {@link AbortException}, so it is
 * tested offline.
 */
@Restricted(NoExternalUse.class)
public final class VerifySettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String STEP = "verifyModel";
    /** Per request for the load check when no timeout is given. */
    static final String DEFAULT_TIMEOUT = "2s";
    /** For the whole command of a golden check against {@code command} when no timeout is given. */
    static final String DEFAULT_COMMAND_TIMEOUT = "5m";

    private final String url;
    private final String command;
    private final String golden;
    private final double tolerance;
    private final String requests;
    private final double rate;
    private final long durationNanos;
    private final long count;
    private final int concurrency;
    private final long timeoutNanos;

    private VerifySettings(String url, String command, String golden, double tolerance, String requests, double rate,
            long durationNanos, long count, int concurrency, long timeoutNanos) {
        this.url = url;
        this.command = command;
        this.golden = golden;
        this.tolerance = tolerance;
        this.requests = requests;
        this.rate = rate;
        this.durationNanos = durationNanos;
        this.count = count;
        this.concurrency = concurrency;
        this.timeoutNanos = timeoutNanos;
    }

    /**
     * Checks the step's arguments.
     *
     * @param url the HTTP(S) endpoint, or null
     * @param command a command reading JSON Lines inputs and printing one answer per line, or null
     * @param golden the golden file in the workspace, or null
     * @param requests the request bodies file in the workspace (load check), or null
     * @param duration how long the load check sends ({@code 30s}), or null when {@code count} is given
     * @param count how many requests the load check sends, or 0 when {@code duration} is given
     * @param timeout per request ({@code url}) or for the whole command ({@code command}); null for the default
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public static VerifySettings of(String url, String command, String golden, double tolerance, String requests,
            double rate, String duration, long count, int concurrency, String timeout) {
        String u = blankToNull(url);
        String c = blankToNull(command);
        String g = blankToNull(golden);
        String r = blankToNull(requests);
        String d = blankToNull(duration);
        if ((u == null) == (c == null)) {
            throw new IllegalArgumentException(STEP + ": give either 'url' or 'command', not " + (u == null
                    ? "neither" : "both"));
        }
        if (u != null) {
            requireHttp(u);
        }
        if (g == null && r == null) {
            throw new IllegalArgumentException(STEP + ": nothing to check: give 'golden' (known answers), "
                    + "'requests' (a load test) or both");
        }
        if (c != null && r != null) {
            throw new IllegalArgumentException(STEP + ": the load check ('requests') needs 'url': a command is run "
                    + "once for the whole golden file, not per request");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException(STEP + ": 'tolerance' must be 0 or more, got " + tolerance);
        }
        long timeoutNanos = parse(timeout == null || timeout.isBlank()
                ? (c != null ? DEFAULT_COMMAND_TIMEOUT : DEFAULT_TIMEOUT) : timeout, "timeout").toNanos();
        long durationNanos = 0;
        if (r != null) {
            if (!(rate > 0) || rate > LoadOptions.MAX_RATE) {
                throw new IllegalArgumentException(STEP + ": 'rate' (requests per second) must be above 0 and at most "
                        + (long) LoadOptions.MAX_RATE + ", got " + rate);
            }
            if ((d == null) == (count <= 0)) {
                throw new IllegalArgumentException(STEP + ": give either 'duration' or 'count' for the load check, not "
                        + (d == null ? "neither" : "both"));
            }
            if (count > LoadOptions.MAX_REQUESTS) {
                throw new IllegalArgumentException(STEP + ": 'count' must be at most " + LoadOptions.MAX_REQUESTS
                        + ", got " + count);
            }
            if (concurrency < 1 || concurrency > LoadOptions.MAX_CONCURRENCY) {
                throw new IllegalArgumentException(STEP + ": 'concurrency' must be between 1 and "
                        + LoadOptions.MAX_CONCURRENCY + ", got " + concurrency);
            }
            Duration planned = d != null ? parse(d, "duration")
                    : Duration.ofNanos((long) Math.ceil(count / rate * 1e9));
            if (planned.compareTo(LoadOptions.MAX_DURATION) > 0) {
                throw new IllegalArgumentException(STEP + ": the load check would last longer than "
                        + LoadOptions.MAX_DURATION.toMinutes() + " minutes (" + (d != null ? "'duration'"
                        : "'count' / 'rate'") + ")");
            }
            durationNanos = d != null ? planned.toNanos() : 0;
        }
        return new VerifySettings(u, c, g, tolerance, r, rate, durationNanos, r == null ? 0 : Math.max(0, count),
                concurrency, timeoutNanos);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void requireHttp(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(STEP + ": 'url' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(STEP + ": 'url' must be an http:// or https:// URL with a host, got '"
                    + url + "'");
        }
    }

    private static Duration parse(String text, String field) {
        try {
            return Durations.parse(text, field);
        } catch (InputException e) {
            throw new IllegalArgumentException(STEP + ": " + e.getMessage(), e);
        }
    }

    /** What the step prints before it starts: the target and the checks. */
    String describe() {
        StringBuilder s = new StringBuilder(url != null ? url : "command '" + command + "'");
        if (golden != null) {
            s.append(", golden ").append(golden);
        }
        if (requests != null) {
            s.append(", load from ").append(requests).append(" at ").append(rate).append("/s for ")
                    .append(count > 0 ? count + " requests" : Duration.ofNanos(durationNanos).toMillis() + " ms");
        }
        return s.toString();
    }

    boolean hasGolden() {
        return golden != null;
    }

    /**
     * Runs on the agent: the golden check, then the load check, against the endpoint (or the command, run in the
     * workspace). Answers the engine's {@code {"metrics": {...}, "golden": {...}, "load": {...}}} plus
     * {@code passed} (false only when the golden check found a mismatch) and {@code report} (the text for the log).
     */
    String verify(File workspace) throws AbortException, InterruptedException {
        Path ws = workspace.toPath();
        Duration timeout = Duration.ofNanos(timeoutNanos);
        GoldenComparator comparator = new GoldenComparator(tolerance, 0, null);
        try {
            VerificationResult result;
            if (url != null) {
                ModelVerifier verifier = new ModelVerifier(URI.create(url));
                if (golden != null) {
                    verifier.golden(ws.resolve(golden), comparator);
                }
                if (requests != null) {
                    verifier.load(ws.resolve(requests), rate, durationNanos > 0 ? Duration.ofNanos(durationNanos)
                            : null, count, concurrency, timeout);
                }
                result = verifier.verify();
            } else {
                result = new VerificationResult(new GoldenCheck(comparator, 5).run(GoldenSet.read(ws.resolve(golden)),
                        new CommandTarget(command, timeout, ws)), null, null);
            }
            ObjectNode json = result.toJson();
            json.put("passed", result.goldenPassed());
            json.put("report", result.toText());
            return json.toString();
        } catch (InputException | IllegalArgumentException | UncheckedIOException e) {
            throw new AbortException(problem(e));
        }
    }

    /**
     * The build log's line for bad input: a bad option, a malformed line of a file (the engine names file, line and
     * field), or an unreadable golden or request file; the user's to fix, so said without a stack trace.
     */
    static String problem(RuntimeException e) {
        String cause = e instanceof UncheckedIOException && e.getCause() != null
                ? ": " + e.getCause().getMessage() : "";
        return STEP + ": " + e.getMessage() + cause;
    }
}
