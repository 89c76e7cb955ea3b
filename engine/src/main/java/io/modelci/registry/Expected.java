package io.modelci.registry;

import io.modelci.InputException;

import java.util.Optional;

/**
 * The compare-and-set condition of an alias change: what the caller believes the alias points to now.
 * A change whose expectation does not hold fails with a {@link ConflictException}.
 */
public final class Expected {
    private static final Expected ANY = new Expected(false, null);
    private static final Expected NONE = new Expected(true, null);

    private final boolean checked;
    private final Integer version;

    private Expected(final boolean checked, final Integer version) {
        this.checked = checked;
        this.version = version;
    }

    /** No check: the change applies whatever the alias points to (last writer wins). */
    public static Expected any() {
        return ANY;
    }

    /** The alias must not exist yet. */
    public static Expected none() {
        return NONE;
    }

    /** The alias must point to this version. */
    public static Expected version(final int version) {
        return new Expected(true, version);
    }

    /** The alias must point to this version, or must not exist when it is empty. */
    public static Expected of(final Optional<Integer> version) {
        return version.map(Expected::version).orElse(NONE);
    }

    /** Parses {@code none} or a version number, as given to {@code --expect}. */
    public static Expected parse(final String text) {
        if ("none".equalsIgnoreCase(text.trim())) {
            return NONE;
        }
        try {
            return version(Integer.parseInt(text.trim()));
        }
        catch (NumberFormatException e) {
            throw InputException.ofField("expect", "expected a version number or 'none', got '" + text + "'");
        }
    }

    /** Whether the alias's current holder satisfies this expectation. */
    public boolean matches(final Optional<Integer> current) {
        return !checked || current.equals(Optional.ofNullable(version));
    }

    /** Whether a check is made at all. */
    public boolean isChecked() {
        return checked;
    }

    @Override
    public String toString() {
        if (!checked) {
            return "any";
        }
        return version == null ? "none" : "version " + version;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Expected e && e.checked == checked && java.util.Objects.equals(e.version, version);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(checked, version);
    }
}
