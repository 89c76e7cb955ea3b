package io.modelci.gate;

/** How one check (in one slice) came out. */
public enum Outcome {
    /** The check holds. */
    PASS,
    /** The check does not hold; the verdict is REJECT. */
    FAIL,
    /** Not judged (a slice below the policy's minimum size); does not affect the verdict. */
    SKIPPED
}
