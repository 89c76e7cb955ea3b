package io.modelci.gate;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Validates a policy tree (from YAML or a Jenkinsfile map) into a {@link Policy}; unknown keys are errors. */
final class PolicyReader {
    private static final Set<String> POLICY_KEYS = Set.of("checks", "bootstrap", "seed", "test", "no_champion",
            "confidence", "min_slice_size");
    private static final Set<String> CHECK_KEYS = Set.of("metric", "direction", "min_improvement",
            "min_relative_improvement", "min_value", "max_value", "max_regression", "significance", "slices", "test");

    private final String source;
    private final ToIntFunction<String> lines;

    PolicyReader(final String source, final ToIntFunction<String> lines) {
        this.source = source;
        this.lines = lines;
    }

    Policy read(final Object root) {
        if (!(root instanceof Map)) {
            throw error("", "a policy is a mapping with a 'checks' list");
        }
        Map<?, ?> map = (Map<?, ?>) root;
        rejectUnknownKeys(map, "", POLICY_KEYS);
        List<Check> checks = readChecks(map.get("checks"));
        int bootstrap = (int) integer(map, "", "bootstrap", Policy.DEFAULT_BOOTSTRAP, 0, 1_000_000);
        long seed = integer(map, "", "seed", Policy.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        StatisticalTest test = choice(map, "", "test", StatisticalTest.class, StatisticalTest.BOOTSTRAP);
        NoChampionRule noChampion = choice(map, "", "no_champion", NoChampionRule.class, NoChampionRule.PROMOTE);
        double confidence = number(map, "", "confidence", Policy.DEFAULT_CONFIDENCE);
        if (!(confidence > 0 && confidence < 1)) {
            throw error("confidence", "must be between 0 and 1 (exclusive), got " + confidence);
        }
        int minSliceSize = (int) integer(map, "", "min_slice_size", Policy.DEFAULT_MIN_SLICE_SIZE, 1,
                Integer.MAX_VALUE);
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            boolean bootstrapped = check.testOr(test) == StatisticalTest.BOOTSTRAP;
            if (check.needsSignificance() && bootstrapped && bootstrap < 100) {
                throw error("checks[" + i + "].significance",
                        "needs a bootstrap of at least 100 resamples, the policy has bootstrap: " + bootstrap);
            }
        }
        return new Policy(checks, bootstrap, seed, test, noChampion, confidence, minSliceSize);
    }

    private List<Check> readChecks(final Object value) {
        if (value == null) {
            throw error("checks", "is missing: a policy needs at least one check (nothing is promoted by accident)");
        }
        if (!(value instanceof List)) {
            throw error("checks", "must be a list of checks");
        }
        List<?> list = (List<?>) value;
        if (list.isEmpty()) {
            throw error("checks", "is empty: a policy needs at least one check (nothing is promoted by accident)");
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            checks.add(readCheck(list.get(i), "checks[" + i + "]"));
        }
        return checks;
    }

    private Check readCheck(final Object value, final String path) {
        if (!(value instanceof Map)) {
            throw error(path, "a check is a mapping with at least 'metric'");
        }
        Map<?, ?> map = (Map<?, ?>) value;
        rejectUnknownKeys(map, path, CHECK_KEYS);
        Object metricValue = map.get("metric");
        if (!(metricValue instanceof CharSequence) || metricValue.toString().isBlank()) {
            throw error(path + ".metric", "is missing: name the metric to check");
        }
        String metric = metricValue.toString().trim();
        Direction direction = choice(map, path, "direction", Direction.class, null);
        if (direction == null) {
            direction = Direction.defaultFor(metric).orElseThrow(() -> error(path + ".direction",
                    "'" + metric + "' is not a built-in metric: say whether higher or lower is better"));
        }
        Check check = new Check(metric, direction,
                number(map, path, "min_improvement", Double.NaN),
                number(map, path, "min_relative_improvement", Double.NaN),
                number(map, path, "min_value", Double.NaN),
                number(map, path, "max_value", Double.NaN),
                number(map, path, "max_regression", Double.NaN),
                number(map, path, "significance", Double.NaN),
                choice(map, path, "test", StatisticalTest.class, null),
                strings(map, path, "slices"));
        if (check.maxRegression() < 0) {
            throw error(path + ".max_regression", "must be 0 or more (how much worse the challenger may be)");
        }
        if (!Double.isNaN(check.significance()) && !(check.significance() > 0 && check.significance() < 0.5)) {
            throw error(path + ".significance", "must be between 0 and 0.5 (exclusive), e.g. 0.05");
        }
        if (check.minValue() > check.maxValue()) {
            throw error(path + ".min_value", "is above max_value: no value can pass");
        }
        if (!check.comparesWithChampion() && Double.isNaN(check.minValue()) && Double.isNaN(check.maxValue())) {
            throw error(path, "has no rule: give min_improvement, min_relative_improvement, max_regression, "
                    + "significance, min_value or max_value");
        }
        return check;
    }

    private void rejectUnknownKeys(final Map<?, ?> map, final String path, final Set<String> known) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                String field = path.isEmpty() ? String.valueOf(key) : path + "." + key;
                throw error(field, "unknown key; expected one of " + String.join(", ", known.stream().sorted()
                        .toList()));
            }
        }
    }

    private double number(final Map<?, ?> map, final String path, final String key, final double fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        String field = path.isEmpty() ? key : path + "." + key;
        if (!(value instanceof Number)) {
            throw error(field, "must be a number, got '" + value + "'");
        }
        double number = ((Number) value).doubleValue();
        if (!Double.isFinite(number)) {
            throw error(field, "must be a finite number, got " + value);
        }
        return number;
    }

    private long integer(final Map<?, ?> map, final String path, final String key, final long fallback,
            final long min, final long max) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        String field = path.isEmpty() ? key : path + "." + key;
        if (!(value instanceof Number) || ((Number) value).doubleValue() != Math.rint(((Number) value).doubleValue())) {
            throw error(field, "must be a whole number, got '" + value + "'");
        }
        long number = ((Number) value).longValue();
        if (number < min || number > max) {
            throw error(field, "must be between " + min + " and " + max + ", got " + number);
        }
        return number;
    }

    private <E extends Enum<E>> E choice(final Map<?, ?> map, final String path, final String key,
            final Class<E> type, final E fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        String field = path.isEmpty() ? key : path + "." + key;
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (!names.contains(text)) {
            throw error(field, "must be one of " + String.join(", ", names) + ", got '" + value + "'");
        }
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    private List<String> strings(final Map<?, ?> map, final String path, final String key) {
        Object value = map.get(key);
        String field = path + "." + key;
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List ? (List<?>) value : List.of(value);
        List<String> result = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof CharSequence) || item.toString().isBlank()) {
                throw error(field, "must be a list of column names, got '" + item + "'");
            }
            result.add(item.toString().trim());
        }
        return result;
    }

    private InputException error(final String field, final String problem) {
        return new InputException(source, lineOf(field), 0, field.isEmpty() ? null : field, problem);
    }

    /** The line of a field, or of the nearest enclosing one when the field itself is absent. */
    private int lineOf(final String field) {
        String path = field;
        while (true) {
            int line = lines.applyAsInt(path);
            if (line > 0 || path.isEmpty()) {
                return line;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
    }
}
