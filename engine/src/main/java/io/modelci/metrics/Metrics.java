package io.modelci.metrics;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Metrics captured from a training or evaluation run: the latest value of each metric, the per-step history
 * of those that have one, and the non-numeric values (booleans, strings) kept apart as params.
 *
 * <p>Immutable. Every metric with a history also has a value (its latest point, unless the source gave a
 * separate summary value). NaN and infinite values are kept and their metric names listed by
 * {@link #nonFinite()}, so that a later gate can treat them as failures instead of never seeing them.
 */
public final class Metrics {
    private static final Metrics EMPTY = new Metrics(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
            new TreeMap<>(), Set.of());

    private final SortedMap<String, Double> values;
    private final SortedMap<String, List<MetricPoint>> histories;
    private final SortedMap<String, String> params;
    private final SortedMap<String, String> sources;
    private final List<String> nonFinite;

    private Metrics(final TreeMap<String, Double> values, final TreeMap<String, List<MetricPoint>> histories,
            final TreeMap<String, String> params, final TreeMap<String, String> sources,
            final Set<String> alsoFlagged) {
        this.values = Collections.unmodifiableSortedMap(values);
        this.histories = Collections.unmodifiableSortedMap(histories);
        this.params = Collections.unmodifiableSortedMap(params);
        this.sources = Collections.unmodifiableSortedMap(sources);
        SortedSet<String> flagged = new TreeSet<>(alsoFlagged);
        values.forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                flagged.add(name);
            }
        });
        histories.forEach((name, points) -> {
            for (MetricPoint point : points) {
                if (!point.isFinite()) {
                    flagged.add(name);
                    break;
                }
            }
        });
        this.nonFinite = List.copyOf(flagged);
    }

    /** No metrics at all. */
    public static Metrics empty() {
        return EMPTY;
    }

    /**
     * A builder for metrics read from one source.
     *
     * @param source the file (or other input) the metrics come from, named in merge conflicts; may be null
     */
    public static Builder builder(final String source) {
        return new Builder(source);
    }

    /** Merges several results; see {@link #merge(Collection)}. */
    public static Metrics merge(final Metrics... parts) {
        return merge(Arrays.asList(parts));
    }

    /**
     * Merges several results into one.
     *
     * @throws InputException when two parts define the same metric (the message names both sources), or the same
     *         param with different values
     */
    public static Metrics merge(final Collection<Metrics> parts) {
        TreeMap<String, Double> values = new TreeMap<>();
        TreeMap<String, List<MetricPoint>> histories = new TreeMap<>();
        TreeMap<String, String> params = new TreeMap<>();
        TreeMap<String, String> sources = new TreeMap<>();
        Set<String> flagged = new TreeSet<>();
        for (Metrics part : parts) {
            flagged.addAll(part.nonFinite);
            for (Map.Entry<String, Double> entry : part.values.entrySet()) {
                String name = entry.getKey();
                if (values.containsKey(name) || params.containsKey(name)) {
                    throw conflict(name, sources.get(name), part.sources.get(name), "metric");
                }
                values.put(name, entry.getValue());
                putSource(sources, name, part.sources.get(name));
            }
            histories.putAll(part.histories);
            for (Map.Entry<String, String> entry : part.params.entrySet()) {
                String name = entry.getKey();
                String earlier = params.get(name);
                if (earlier != null && !earlier.equals(entry.getValue())) {
                    throw conflict(name, sources.get(name), part.sources.get(name), "param (with different values)");
                }
                if (values.containsKey(name)) {
                    throw conflict(name, sources.get(name), part.sources.get(name), "name (as metric and param)");
                }
                params.put(name, entry.getValue());
                putSource(sources, name, part.sources.get(name));
            }
        }
        return new Metrics(values, histories, params, sources, flagged);
    }

    private static void putSource(final Map<String, String> sources, final String name, final String source) {
        if (source != null) {
            sources.putIfAbsent(name, source);
        }
    }

    private static InputException conflict(final String name, final String first, final String second,
            final String what) {
        String one = first == null ? "an earlier input" : first;
        String two = second == null ? "a later input" : second;
        return new InputException(two, 0, 0, name,
                "the same " + what + " is defined in both " + one + " and " + two
                        + "; rename one of them or pass only one of the files");
    }

    /** The latest value of each metric, by name. */
    public SortedMap<String, Double> values() {
        return values;
    }

    /** The per-step history of each metric that has one, in the order the points were recorded. */
    public SortedMap<String, List<MetricPoint>> histories() {
        return histories;
    }

    /** Non-numeric values (booleans and strings), kept apart from the metrics. */
    public SortedMap<String, String> params() {
        return params;
    }

    /** Names of metrics whose value or any history point is NaN or infinite, sorted. */
    public List<String> nonFinite() {
        return nonFinite;
    }

    /** The latest value of a metric. */
    public Optional<Double> value(final String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The history of a metric, empty when it has none. */
    public List<MetricPoint> history(final String name) {
        return histories.getOrDefault(name, List.of());
    }

    /** The file (or other input) a metric or param was read from, when known. */
    public Optional<String> sourceOf(final String name) {
        return Optional.ofNullable(sources.get(name));
    }

    /** Whether there is neither a metric nor a param. */
    public boolean isEmpty() {
        return values.isEmpty() && params.isEmpty();
    }

    /** Whether some metric is NaN or infinite. */
    public boolean hasNonFinite() {
        return !nonFinite.isEmpty();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Metrics that && values.equals(that.values) && histories.equals(that.histories)
                && params.equals(that.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, histories, params);
    }

    @Override
    public String toString() {
        return "Metrics" + values + (params.isEmpty() ? "" : " params" + params)
                + (nonFinite.isEmpty() ? "" : " nonFinite" + nonFinite);
    }

    /**
     * Collects the metrics of one source. Readers check {@link #hasName(String)} themselves so that they can report
     * a duplicate with its line and column; the builder only guards against programming errors.
     */
    public static final class Builder {
        private final String source;
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final Map<String, List<MetricPoint>> histories = new LinkedHashMap<>();
        private final Map<String, String> params = new LinkedHashMap<>();
        private final Set<String> flagged = new TreeSet<>();

        private Builder(final String source) {
            this.source = source;
        }

        /** Whether a metric or param of that name was already added. */
        public boolean hasName(final String name) {
            return values.containsKey(name) || histories.containsKey(name) || params.containsKey(name);
        }

        /** Whether a metric (value or history) was added. */
        public boolean hasMetrics() {
            return !values.isEmpty() || !histories.isEmpty();
        }

        /** Sets the latest (summary) value of a metric. */
        public Builder value(final String name, final double value) {
            requireValidName(name);
            values.put(name, value);
            return this;
        }

        /** Appends a point to a metric's history. */
        public Builder point(final String name, final MetricPoint point) {
            requireValidName(name);
            histories.computeIfAbsent(name, key -> new ArrayList<>()).add(Objects.requireNonNull(point));
            return this;
        }

        /** Appends a point without a timestamp to a metric's history. */
        public Builder point(final String name, final long step, final double value) {
            return point(name, MetricPoint.of(step, value));
        }

        /** Sets a whole history, replacing any earlier one. */
        public Builder history(final String name, final List<MetricPoint> points) {
            requireValidName(name);
            histories.put(name, new ArrayList<>(points));
            return this;
        }

        /**
         * Flags a metric as having had a non-finite value even though no kept value shows it (a history that was
         * thinned out, for instance).
         */
        public Builder flagNonFinite(final String name) {
            requireValidName(name);
            flagged.add(name);
            return this;
        }

        /** Records a non-numeric value. */
        public Builder param(final String name, final String value) {
            params.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /** The immutable result; metrics with only a history take their latest point as value. */
        public Metrics build() {
            TreeMap<String, Double> finalValues = new TreeMap<>(values);
            TreeMap<String, List<MetricPoint>> finalHistories = new TreeMap<>();
            histories.forEach((name, points) -> {
                if (!points.isEmpty()) {
                    finalHistories.put(name, List.copyOf(points));
                    finalValues.putIfAbsent(name, points.get(points.size() - 1).value());
                }
            });
            TreeMap<String, String> finalParams = new TreeMap<>(params);
            TreeMap<String, String> sources = new TreeMap<>();
            if (source != null) {
                finalValues.keySet().forEach(name -> sources.put(name, source));
                finalParams.keySet().forEach(name -> sources.put(name, source));
            }
            Set<String> stillDefined = new TreeSet<>(flagged);
            stillDefined.retainAll(finalValues.keySet());
            return new Metrics(finalValues, finalHistories, finalParams, sources, stillDefined);
        }

        private static void requireValidName(final String name) {
            String problem = MetricNames.problemWith(name);
            if (problem != null) {
                throw new IllegalArgumentException(problem + ": " + name);
            }
        }
    }
}
