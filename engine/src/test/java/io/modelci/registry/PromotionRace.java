package io.modelci.registry;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The compare-and-set workload of the reliability tests, and the checks that a history survived it intact. */
final class PromotionRace {
    static final String MODEL = "race";
    static final String ALIAS = "champion";
    static final int VERSIONS = 5;

    private PromotionRace() {
    }

    /** Registers the versions and points the alias at version 1. */
    static void prepare(final Registry registry) {
        for (int i = 0; i < VERSIONS; i++) {
            registry.register(MODEL, RegistryContractTest.version("setup", java.util.Map.of("auc", 0.5 + i / 100.0)));
        }
        registry.setAlias(MODEL, ALIAS, 1, Expected.none(), Audit.of("setup", "seed"));
    }

    /** Reads the holder, then tries to move the alias on from it: the event on success, empty on a conflict. */
    static Optional<AliasEvent> attempt(final Registry registry, final String who) {
        Optional<Integer> seen = registry.resolve(MODEL, ALIAS);
        int next = seen.orElse(0) % VERSIONS + 1;
        try {
            return Optional.of(registry.setAlias(MODEL, ALIAS, next, Expected.of(seen),
                    Audit.of(who, "race from " + seen.orElse(0))));
        }
        catch (ConflictException conflict) {
            return Optional.empty();
        }
    }

    /**
     * Checks that the history is the chain of successes: every recorded success exactly once (and nothing else
     * after the seed), each event moving from the previous event's target, and the alias where the last one put it.
     */
    static void assertConsistent(final Registry registry, final List<Long> successIds) {
        List<AliasEvent> history = registry.aliasHistory(MODEL, ALIAS);
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).who()).isEqualTo("setup");
        assertThat(history.subList(1, history.size())).extracting(AliasEvent::id)
                .containsExactlyInAnyOrderElementsOf(successIds);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).fromVersion()).as("event %d starts where %d ended", i, i - 1)
                    .isEqualTo(history.get(i - 1).toVersion());
        }
        assertThat(registry.resolve(MODEL, ALIAS)).contains(history.get(history.size() - 1).toVersion());
    }
}
