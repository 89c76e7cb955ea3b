package io.jenkins.plugins.modelci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Checks and normalises step arguments before anything runs, so a typo fails the step at once with the
 * argument's name; free of Jenkins types so it is tested offline.
 */
@Restricted(NoExternalUse.class)
public final class StepArguments {
    /** The registry's model name rule. */
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private StepArguments() {
    }

    /** @return the model name, trimmed; throws naming the rule when it breaks it */
    public static String modelName(String step, String model) {
        String m = model == null ? "" : model.trim();
        if (!MODEL_NAME.matcher(m).matches()) {
            throw new IllegalArgumentException(step + ": 'model' must be a letter or digit followed by at most 127 "
                    + "letters, digits, '.', '_' or '-', got '" + model + "'");
        }
        return m;
    }

    /** @return the value trimmed; throws naming the argument when it is missing */
    public static String required(String step, String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(step + ": '" + name + "' is required");
        }
        return value.trim();
    }

    /** A copy without blank entries; {@code null} is an empty list. */
    public static List<String> paths(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.trim());
                }
            }
        }
        return out;
    }

    /**
     * The {@code artifacts} globs, which must stay inside the workspace (the engine's rule, checked before anything
     * runs).
     *
     * @return {@code globs}
     * @throws IllegalArgumentException naming the step and {@code artifacts} for an absolute glob or one with {@code ..}
     */
    public static List<String> artifactGlobs(String step, List<String> globs) {
        for (String glob : globs) {
            try {
                io.modelci.run.ArtifactCollector.validate(glob); // its message names the 'artifacts' field
            } catch (io.modelci.InputException e) {
                throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
            }
        }
        return globs;
    }

    /**
     * A Groovy map such as {@code [lr: 0.01, epochs: 5]} as sorted strings (the engine records params as text).
     *
     * @param value {@code null}, or a {@link Map} with scalar values
     */
    public static TreeMap<String, String> params(String step, Object value) {
        TreeMap<String, String> out = new TreeMap<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(step + ": 'params' must be a map such as [lr: 0.01], got "
                    + value.getClass().getSimpleName());
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v != null && !(v instanceof CharSequence || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException(step + ": 'params." + e.getKey()
                        + "' must be a string, number or boolean, got " + v.getClass().getSimpleName());
            }
            out.put(String.valueOf(e.getKey()), v == null ? "" : v.toString());
        }
        return out;
    }

    /**
     * A Groovy value made of maps, lists, strings, numbers and booleans, as JDK types that Jackson writes
     * predictably (a {@code GString} becomes a {@link String}, map keys become strings, maps are sorted).
     */
    public static Object plain(String step, String name, Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> out = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, plain(step, name + "." + key, e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(plain(step, name + "[" + i + "]", list.get(i)));
            }
            return out;
        }
        throw new IllegalArgumentException(step + ": '" + name + "' must be made of maps, lists, strings, numbers "
                + "and booleans, got " + value.getClass().getSimpleName());
    }

    /**
     * A timeout such as {@code 2h} or {@code 1h30m}, parsed by the engine (the same syntax as
     * {@code modelci train --timeout}).
     *
     * @return milliseconds, 0 for none ({@code null} or blank)
     */
    public static long timeoutMillis(String step, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return io.modelci.run.Durations.parse(text, "timeout").toMillis();
        } catch (io.modelci.InputException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }
}
