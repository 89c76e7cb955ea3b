package io.modelci.gate;

import java.util.Locale;

/** How the difference between challenger and champion is tested on paired predictions. */
public enum StatisticalTest {
    /** Paired bootstrap of the metric delta (any metric). */
    BOOTSTRAP,
    /** McNemar's exact test on discordant pairs (accuracy-type metrics). */
    MCNEMAR,
    /** DeLong's test for two correlated ROC AUCs. */
    DELONG;

    /** The name used in policies and verdicts. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
