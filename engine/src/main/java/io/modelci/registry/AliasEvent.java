package io.modelci.registry;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an alias's append-only history: a move, a rollback or a deletion, with who did it and why.
 * Entries are never changed or removed once written.
 *
 * @param id increasing across the whole registry; orders the history
 * @param model the model name
 * @param alias the alias name
 * @param kind what happened
 * @param fromVersion the version the alias pointed to before, or null when it pointed nowhere
 * @param toVersion the version it points to after, or null after a deletion
 * @param at when it was committed
 * @param who who did it
 * @param reason why
 * @param verdict the gate's verdict as JSON, or null
 * @param buildUrl the CI build that did it, or null
 */
public record AliasEvent(long id, String model, String alias, Kind kind, Integer fromVersion, Integer toVersion,
        Instant at, String who, String reason, String verdict, String buildUrl) {
    /** What an alias event did. */
    public enum Kind {
        /** The alias was set or moved to a version. */
        MOVE,
        /** The alias was moved back to the holder before the last move that was not already undone. */
        ROLLBACK,
        /** The alias was removed. */
        DELETE
    }

    /** The version held before this event. */
    public Optional<Integer> from() {
        return Optional.ofNullable(fromVersion);
    }

    /** The version held after this event. */
    public Optional<Integer> to() {
        return Optional.ofNullable(toVersion);
    }
}
