package io.modelci.gate;

import io.modelci.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A promotion policy: the checks a challenger must pass to replace the champion, and how they are tested.
 *
 * <p>Read one with {@link #parse(Path)} (a YAML file in the repository) or {@link #fromMap(Map, String)} (a map
 * written in a Jenkinsfile). A policy always has at least one check, so nothing is ever promoted by accident.
 *
 * @param checks the rules, at least one
 * @param bootstrap number of paired bootstrap resamples for intervals
 * @param seed seed of the bootstrap; the same seed gives the same verdict
 * @param test the default statistical test of the checks
 * @param noChampion what the first model gets
 * @param confidence confidence level of the intervals reported for checks without {@code significance}
 * @param minSliceSize slices with fewer rows are reported as too small, not judged
 */
public record Policy(List<Check> checks, int bootstrap, long seed, StatisticalTest test, NoChampionRule noChampion,
        double confidence, int minSliceSize) {

    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_BOOTSTRAP = 2000;
    /** Default bootstrap seed. */
    public static final long DEFAULT_SEED = 7;
    /** Default confidence of reported intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** Default smallest slice that is judged. */
    public static final int DEFAULT_MIN_SLICE_SIZE = 30;

    public Policy {
        if (checks.isEmpty()) {
            throw InputException.ofField("checks", "a policy needs at least one check");
        }
        checks = List.copyOf(checks);
    }

    /** A policy with these checks and default settings. */
    public static Policy of(final List<Check> checks) {
        return new Policy(checks, DEFAULT_BOOTSTRAP, DEFAULT_SEED, StatisticalTest.BOOTSTRAP, NoChampionRule.PROMOTE,
                DEFAULT_CONFIDENCE, DEFAULT_MIN_SLICE_SIZE);
    }

    /** Reads a YAML policy file; errors name the file, line and field. */
    public static Policy parse(final Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException exception) {
            throw InputException.ofFile(file, "cannot read the policy: " + exception.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Reads a YAML policy from text; {@code sourceName} names it in errors. */
    public static Policy parse(final String yaml, final String sourceName) {
        YamlTree tree = YamlTree.parse(yaml, sourceName);
        return new PolicyReader(sourceName, tree::lineOf).read(tree.root());
    }

    /**
     * Reads a policy given as a map (a Jenkinsfile's {@code [checks: [[metric: 'roc_auc', ...]]]}); numbers may be
     * any {@link Number}. {@code sourceName} names it in errors.
     */
    public static Policy fromMap(final Map<String, ?> map, final String sourceName) {
        return new PolicyReader(sourceName, path -> 0).read(map);
    }

    public Policy withSeed(final long value) {
        return new Policy(checks, bootstrap, value, test, noChampion, confidence, minSliceSize);
    }

    public Policy withBootstrap(final int value) {
        return new Policy(checks, value, seed, test, noChampion, confidence, minSliceSize);
    }

    public Policy withTest(final StatisticalTest value) {
        return new Policy(checks, bootstrap, seed, value, noChampion, confidence, minSliceSize);
    }

    public Policy withNoChampion(final NoChampionRule value) {
        return new Policy(checks, bootstrap, seed, test, value, confidence, minSliceSize);
    }

    public Policy withMinSliceSize(final int value) {
        return new Policy(checks, bootstrap, seed, test, noChampion, confidence, value);
    }

    /** The policy in a canonical JSON form: every setting spelled out, keys sorted, numbers fixed. */
    public String toCanonicalJson() {
        return PolicyCanonicalForm.of(this);
    }

    /**
     * SHA-256 (hex) of the canonical form: two policies that decide the same way have the same hash however they
     * were written (YAML or map, key order, comments, defaults spelled out or not).
     */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(toCanonicalJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", exception);
        }
    }
}
