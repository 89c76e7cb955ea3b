package io.modelci.eval;

import io.modelci.InputException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Decides which of a binary task's (at most two) label values is the positive one. */
final class BinaryLabels {
    private static final Set<String> POSITIVE = Set.of("1", "1.0", "true", "yes");
    private static final Set<String> NEGATIVE = Set.of("0", "0.0", "false", "no");

    private BinaryLabels() {
    }

    /**
     * The code of the positive label, or -1 when no row carries it.
     *
     * @param requested the label the user named, or null for the defaults 1, true, yes
     */
    static int positiveCode(final CategoryDictionary labels, final String requested, final Path file,
            final String column) {
        if (requested != null) {
            int code = labels.find(requested);
            if (code < 0 && labels.size() == 2) {
                throw InputException.at(file, 0, 0, column, "the positive label '" + requested
                        + "' is not one of the labels " + labels.values());
            }
            return code;
        }
        for (int code = 0; code < labels.size(); code++) {
            if (POSITIVE.contains(labels.value(code).toLowerCase(Locale.ROOT))) {
                return code;
            }
        }
        for (int code = 0; code < labels.size(); code++) {
            if (!NEGATIVE.contains(labels.value(code).toLowerCase(Locale.ROOT))) {
                throw InputException.at(file, 0, 0, column, "cannot tell which label is positive among "
                        + labels.values() + "; name it (positive-label)");
            }
        }
        return -1;
    }
}
