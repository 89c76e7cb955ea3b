package io.modelci.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A promotion made on behalf of one CI build that may safely run again: a pipeline step re-run after a controller
 * restart must neither move the alias a second time nor report its own earlier move as a lost race.
 *
 * <p>When the alias's newest history event is a move to the same version made by the same build
 * ({@link Audit#buildUrl()}), and the alias still points there, that event is the answer and nothing is written.
 * When the build made that move but someone changed the alias afterwards (another promotion, a rollback), the
 * promotion fails with a {@link ConflictException} naming the current holder: running the step again must not undo
 * a later decision, even when the alias is back at the holder the build expected. Otherwise this is
 * {@link Registry#setAlias}, compare-and-set against {@code expected} as always. Without a build URL there is no
 * way to recognise an earlier run, so every call is a plain {@code setAlias}.
 */
public final class RepeatablePromotion {
    private RepeatablePromotion() {
    }

    /**
     * What a promotion did.
     *
     * @param event the history event of the move: written now, or the earlier one of this build
     * @param repeated true when the build had already made this move and nothing was written
     */
    public record Outcome(AliasEvent event, boolean repeated) {
        /** The outcome. */
        public Outcome {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Points {@code alias} at {@code version} unless this build already did.
     *
     * @param expected the holder the build saw before deciding (compare-and-set)
     * @param audit who and why; its build URL identifies the build
     * @throws ConflictException when the alias moved since {@code expected} and not by this build's same move
     */
    public static Outcome promote(final Registry registry, final String model, final String alias, final int version,
            final Expected expected, final Audit audit) {
        Optional<AliasEvent> earlier = earlierMove(registry, model, alias, version, audit);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        return new Outcome(registry.setAlias(model, alias, version, expected, audit), false);
    }

    /**
     * This build's move of the alias to the version, when it is the newest event and still in force; empty when
     * the build never made it.
     *
     * @throws ConflictException when the build made it and the alias changed since
     */
    static Optional<AliasEvent> earlierMove(final Registry registry, final String model, final String alias,
            final int version, final Audit audit) {
        if (audit == null || audit.buildUrl() == null || registry.getModel(model).isEmpty()) {
            return Optional.empty();
        }
        List<AliasEvent> history = registry.aliasHistory(model, alias);
        int ours = -1;
        for (int i = history.size() - 1; i >= 0 && ours < 0; i--) {
            AliasEvent e = history.get(i);
            if (e.kind() == AliasEvent.Kind.MOVE && Integer.valueOf(version).equals(e.toVersion())
                    && audit.buildUrl().equals(e.buildUrl())) {
                ours = i;
            }
        }
        if (ours < 0) {
            return Optional.empty();
        }
        Optional<Integer> current = registry.resolve(model, alias);
        AliasEvent newest = history.get(history.size() - 1);
        // the history and the alias row are read in two transactions: trust the event only if the row agrees
        if (ours == history.size() - 1 && current.equals(Optional.of(version))) {
            return Optional.of(newest);
        }
        throw new ConflictException(model, alias, current, "conflict: alias '" + alias + "' of model '" + model
                + "' changed after " + audit.buildUrl() + " promoted version " + version + " (" + newest.kind()
                + " by " + newest.who() + "); it is held by " + current.map(v -> "version " + v).orElse("no version")
                + " and is not promoted again");
    }
}
