package io.modelci.gate;

/** What the gate decided. */
public enum Decision {
    /** Every check holds: the challenger may replace the champion. */
    PROMOTE,
    /** At least one check failed (or there is no champion and the policy says reject). */
    REJECT,
    /** There is no champion; the challenger's value checks hold and the policy promotes the first model. */
    PROMOTE_FIRST;

    /** Whether the challenger may be promoted. */
    public boolean promotes() {
        return this != REJECT;
    }
}
