package io.modelci.registry;

import java.util.Optional;

/**
 * A compare-and-set on an alias lost: the alias no longer points where the caller expected. The message and
 * {@link #getCurrent()} name the current holder so the caller can decide again.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String alias;
    private final Integer current;

    public ConflictException(final String model, final String alias, final Expected expected,
            final Optional<Integer> current) {
        this(model, alias, current, "conflict: alias '" + alias + "' of model '" + model + "' is held by "
                + current.map(v -> "version " + v).orElse("no version") + ", expected " + expected);
    }

    public ConflictException(final String model, final String alias, final Optional<Integer> current,
            final String message) {
        super(message);
        this.model = model;
        this.alias = alias;
        this.current = current.orElse(null);
    }

    public String getModel() {
        return model;
    }

    public String getAlias() {
        return alias;
    }

    /** The version the alias points to now; empty when it points nowhere. */
    public Optional<Integer> getCurrent() {
        return Optional.ofNullable(current);
    }
}
