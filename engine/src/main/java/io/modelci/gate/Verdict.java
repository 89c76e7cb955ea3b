package io.modelci.gate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The gate's decision with everything behind it: each check's numbers and reason, the policy's hash, the seed and
 * the fingerprints of both predictions. {@link #toJson()} is byte-stable: the same inputs and seed give the same
 * bytes; {@link #fromJson(String)} reads it back.
 *
 * @param decision PROMOTE, REJECT or PROMOTE_FIRST
 * @param comparison paired, unpaired (only the champion's summary metrics) or no_champion
 * @param checks every check's result, overall and per slice, in policy order
 * @param policyHash {@link Policy#hash()}
 * @param seed the bootstrap seed
 * @param bootstrap the number of bootstrap resamples (0 when none were drawn)
 * @param challengerFingerprint SHA-256 of the challenger's predictions (or metrics) file, or null
 * @param championFingerprint SHA-256 of the champion's predictions (or metrics) file, or null
 * @param reason one line summing the decision up
 */
public record Verdict(Decision decision, Comparison comparison, List<CheckResult> checks, String policyHash,
        long seed, int bootstrap, String challengerFingerprint, String championFingerprint, String reason) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** Decides from the checks' results under {@code policy}. */
    public static Verdict decide(final Policy policy, final Comparison comparison, final List<CheckResult> checks,
            final int bootstrap, final String challengerFingerprint, final String championFingerprint) {
        List<CheckResult> failed = checks.stream().filter(check -> !check.passed()).toList();
        Decision decision;
        String reason;
        if (!failed.isEmpty()) {
            decision = Decision.REJECT;
            reason = failed.size() + " of " + checks.size() + " checks failed: "
                    + failed.stream().map(CheckResult::label).collect(Collectors.joining(", "));
        }
        else if (comparison == Comparison.NO_CHAMPION) {
            if (policy.noChampion() == NoChampionRule.PROMOTE) {
                decision = Decision.PROMOTE_FIRST;
                reason = "no champion yet: the challenger's value checks hold, so it becomes the first champion";
            }
            else {
                decision = Decision.REJECT;
                reason = "no champion yet and the policy says no_champion: reject";
            }
        }
        else {
            decision = Decision.PROMOTE;
            reason = "all " + checks.size() + " checks hold"
                    + (comparison == Comparison.UNPAIRED ? " (unpaired: point estimates only)" : "");
        }
        return new Verdict(decision, comparison, checks, policy.hash(), policy.seed(), bootstrap,
                challengerFingerprint, championFingerprint, reason);
    }

    /** Whether the challenger may be promoted. */
    public boolean promotes() {
        return decision.promotes();
    }

    /** Whether the comparison was unpaired (point estimates of summary metrics only). */
    public boolean unpaired() {
        return comparison == Comparison.UNPAIRED;
    }

    /** The verdict as byte-stable JSON: sorted keys, fixed number formatting, {@code \n} line ends. */
    public String toJson() {
        return StableJson.write(VerdictJson.toTree(this));
    }

    /** Reads a verdict written by {@link #toJson()}. */
    public static Verdict fromJson(final String json) {
        return VerdictJson.read(json);
    }
}
