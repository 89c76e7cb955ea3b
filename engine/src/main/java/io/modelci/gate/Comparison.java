package io.modelci.gate;

/** What the champion evidence is: paired predictions on the same rows, only summary metrics, or none. */
public enum Comparison {
    /** Both models scored the same rows: paired tests and intervals. */
    PAIRED,
    /** Only the champion's summary metrics exist: point comparison, no intervals. */
    UNPAIRED,
    /** There is no champion: only the challenger's value checks apply. */
    NO_CHAMPION;

    /** The name used in verdicts. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
