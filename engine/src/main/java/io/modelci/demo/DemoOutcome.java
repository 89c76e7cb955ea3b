package io.modelci.demo;

import io.modelci.registry.AliasEvent;
import io.modelci.registry.ModelVersion;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of one run of the demo.
 *
 * @param round which round this was (1 in a fresh folder)
 * @param steps the candidates of this round, in order
 * @param versions every version in the registry after the round
 * @param champion the champion after the round
 * @param aliasHistory the champion alias's whole history, oldest first
 * @param report the report's HTML file
 * @param millis how long the round took
 */
public record DemoOutcome(int round, List<DemoStep> steps, List<ModelVersion> versions, int champion,
        List<AliasEvent> aliasHistory, Path report, long millis) {
    public DemoOutcome {
        steps = List.copyOf(steps);
        versions = List.copyOf(versions);
        aliasHistory = List.copyOf(aliasHistory);
    }

    /** Whether every verdict was the one the story expected. */
    public boolean asExpected() {
        return steps.stream().allMatch(DemoStep::asExpected);
    }
}
