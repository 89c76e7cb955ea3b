package io.modelci.report;

/** How a metric's check came out; drawn as blue ✓ / orange ✗ / grey, never by colour alone. */
public enum CheckOutcome {
    PASSED("✓", "pass"), FAILED("✗", "fail"), NOT_CHECKED("–", "not checked");

    private final String symbol;
    private final String word;

    CheckOutcome(final String symbol, final String word) {
        this.symbol = symbol;
        this.word = word;
    }

    /** ✓, ✗ or –. */
    public String symbol() {
        return symbol;
    }

    /** "pass", "fail" or "not checked". */
    public String word() {
        return word;
    }

    /** PASSED for true, FAILED for false, NOT_CHECKED for null. */
    public static CheckOutcome of(final Boolean passed) {
        return passed == null ? NOT_CHECKED : passed ? PASSED : FAILED;
    }
}
