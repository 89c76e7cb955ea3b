package io.modelci.registry;

import io.modelci.InputException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks names and audit fields before anything reaches the database. Public so that a command line can check its
 * input before it opens (and so creates) a registry.
 */
public final class Names {
    static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]{0,127}");

    private Names() {
    }

    /** Throws {@link InputException} unless this is a valid model name. */
    public static void model(final String name) {
        check("model", name, MODEL, "[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    }

    /** Throws {@link InputException} unless this is a valid alias name. */
    public static void alias(final String name) {
        check("alias", name, ALIAS, "[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }

    static void evaluation(final String name) {
        check("evaluation", name, MODEL, "[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    }

    static void tagKey(final String name) {
        check("tag", name, TAG_KEY, "[A-Za-z0-9][A-Za-z0-9._/:-]{0,127}");
    }

    /** Throws {@link InputException} unless this is a valid version number. */
    public static void version(final int version) {
        if (version < 1) {
            throw InputException.ofField("version", "versions are numbered from 1, got " + version);
        }
    }

    static void audit(final Audit audit) {
        if (audit == null) {
            throw InputException.ofField("who", "an alias change needs who and why");
        }
        text("who", audit.who(), 256, true);
        text("reason", audit.reason(), 4000, true);
        text("build-url", audit.buildUrl(), 2048, false);
        if (audit.verdict() != null && !JsonColumns.isJson(audit.verdict())) {
            throw InputException.ofField("verdict", "not well-formed JSON");
        }
    }

    static void metrics(final String field, final Map<String, Double> metrics) {
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            if (metric.getKey() == null || metric.getKey().isBlank()) {
                throw InputException.ofField(field, "a metric has an empty name");
            }
            if (metric.getValue() == null) {
                throw InputException.ofField(field, "metric '" + metric.getKey() + "' has no value");
            }
        }
    }

    static void text(final String field, final String value, final int maxLength, final boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw InputException.ofField(field, "is required");
            }
            return;
        }
        if (value.length() > maxLength) {
            throw InputException.ofField(field, "longer than " + maxLength + " characters");
        }
    }

    private static void check(final String field, final String name, final Pattern pattern, final String shape) {
        if (name == null || !pattern.matcher(name).matches()) {
            throw InputException.ofField(field, "'" + name + "' is not a valid " + field + " name; use " + shape);
        }
    }
}
