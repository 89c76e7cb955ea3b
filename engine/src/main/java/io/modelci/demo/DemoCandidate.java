package io.modelci.demo;

import java.util.List;

/**
 * One model the demo trains: a short name, what makes it different in words, the trainer's options, and what the
 * gate is expected to say about it.
 *
 * @param name a short name, e.g. {@code baseline}
 * @param story what the candidate is, for the progress lines and the report
 * @param trainerArgs options for {@code TrainMain} beyond {@code --data} and {@code --out}
 * @param expectation the verdict the story expects
 */
public record DemoCandidate(String name, String story, List<String> trainerArgs, Expectation expectation) {
    /** What the story expects the gate to decide. */
    public enum Expectation {
        /** The gate must promote it (PROMOTE or PROMOTE_FIRST). */
        PROMOTE,
        /** The gate must reject it. */
        REJECT,
        /** Either is a fair outcome: the gate decides. */
        EITHER
    }

    public DemoCandidate {
        trainerArgs = List.copyOf(trainerArgs);
    }

    /** The trainer options as one line, or {@code (defaults)}. */
    public String options() {
        return trainerArgs.isEmpty() ? "(defaults)" : String.join(" ", trainerArgs);
    }
}
