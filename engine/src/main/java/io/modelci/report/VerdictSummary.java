package io.modelci.report;

import java.util.List;
import java.util.Locale;

/**
 * A gate's verdict, as a report shows it.
 *
 * @param decision PROMOTE, REJECT, PROMOTE_FIRST (or another word the gate uses)
 * @param checks the checks in the policy's order
 * @param unpaired whether the comparison was unpaired (point estimates only)
 */
public record VerdictSummary(String decision, List<CheckResult> checks, boolean unpaired) {
    public VerdictSummary {
        decision = decision == null || decision.isBlank() ? "UNKNOWN" : decision.trim().toUpperCase(Locale.ROOT);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Whether the decision lets the challenger become champion. */
    public boolean promotes() {
        return decision.startsWith("PROMOTE");
    }

    /** The number of checks that passed. */
    public long passedCount() {
        return checks.stream().filter(CheckResult::passed).count();
    }
}
