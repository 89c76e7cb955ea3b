package io.modelci.gate;

import java.util.Locale;

/** What the first model gets when there is no champion yet (its value checks still apply). */
public enum NoChampionRule {
    /** Promote it when its value checks hold. */
    PROMOTE,
    /** Reject it: a person promotes the first model by hand. */
    REJECT;

    /** The name used in policies. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
