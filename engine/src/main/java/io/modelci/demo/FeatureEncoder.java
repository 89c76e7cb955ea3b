package io.modelci.demo;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns a row (column name to text value) into the model's dense input vector. */
public final class FeatureEncoder {
    private final List<FeatureSpec> specs;
    private final int[] offsets;
    private final List<Map<String, Integer>> categoryIndex;
    private final int width;

    public FeatureEncoder(final List<FeatureSpec> specs) {
        this.specs = List.copyOf(specs);
        this.offsets = new int[specs.size()];
        this.categoryIndex = new ArrayList<>();
        int offset = 0;
        for (int f = 0; f < specs.size(); f++) {
            FeatureSpec spec = specs.get(f);
            offsets[f] = offset;
            Map<String, Integer> index = new HashMap<>();
            if (FeatureSpec.CATEGORICAL.equals(spec.type())) {
                for (int c = 0; c < spec.categories().size(); c++) {
                    index.put(spec.categories().get(c), c);
                }
            }
            categoryIndex.add(index);
            offset += spec.width();
        }
        this.width = offset;
    }

    /**
     * Learns the encoding from the training rows: a column is numeric when every non-empty value parses as a
     * number, categorical otherwise.
     */
    public static FeatureEncoder fit(final CsvTable table, final List<String> columns, final int[] trainRows) {
        return fit(table, columns, trainRows, 0);
    }

    /**
     * Like {@link #fit(CsvTable, List, int[])}, and with {@code bins > 1} each numeric column is also encoded as
     * one-hot quantile bins (at most {@code bins}, fewer when values repeat).
     */
    public static FeatureEncoder fit(final CsvTable table, final List<String> columns, final int[] trainRows,
            final int bins) {
        List<FeatureSpec> specs = new ArrayList<>();
        for (String column : columns) {
            int c = table.requireColumn(column, "features");
            if (isNumeric(table, c, trainRows)) {
                double sum = 0;
                double sumSquares = 0;
                int count = 0;
                for (int r : trainRows) {
                    String value = table.row(r)[c];
                    if (!value.isEmpty()) {
                        double x = Double.parseDouble(value);
                        sum += x;
                        sumSquares += x * x;
                        count++;
                    }
                }
                double mean = count == 0 ? 0 : sum / count;
                double variance = count == 0 ? 0 : Math.max(0, sumSquares / count - mean * mean);
                double std = variance > 1e-24 ? Math.sqrt(variance) : 1;
                specs.add(new FeatureSpec(column, FeatureSpec.NUMERIC, mean, std, null, null, null));
                if (bins > 1) {
                    specs.add(new FeatureSpec(column, FeatureSpec.BINNED, null, null, null,
                            quantileEdges(table, c, trainRows, bins), null));
                }
            }
            else {
                TreeSet<String> vocabulary = new TreeSet<>();
                for (int r : trainRows) {
                    String value = table.row(r)[c];
                    if (!value.isEmpty()) {
                        vocabulary.add(value);
                    }
                }
                specs.add(new FeatureSpec(column, FeatureSpec.CATEGORICAL, null, null, List.copyOf(vocabulary), null,
                        null));
            }
        }
        return new FeatureEncoder(specs);
    }

    private static double[] quantileEdges(final CsvTable table, final int column, final int[] rows, final int bins) {
        double[] values = java.util.Arrays.stream(rows).mapToObj(r -> table.row(r)[column])
                .filter(v -> !v.isEmpty()).mapToDouble(Double::parseDouble).sorted().toArray();
        java.util.TreeSet<Double> edges = new java.util.TreeSet<>();
        for (int b = 1; b < bins && values.length > 0; b++) {
            double edge = values[(int) ((long) b * values.length / bins)];
            if (edge > values[0]) {
                edges.add(edge);
            }
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isNumeric(final CsvTable table, final int column, final int[] rows) {
        for (int r : rows) {
            String value = table.row(r)[column];
            if (!value.isEmpty() && !parsesAsNumber(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean parsesAsNumber(final String value) {
        try {
            double x = Double.parseDouble(value);
            return Double.isFinite(x);
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Writes the encoded row into {@code into} (length {@link #width()}).
     *
     * @param valueOf the row's value for a column name; null or empty when missing
     * @throws InputException when a numeric column holds text that is not a number
     */
    public void encode(final Function<String, String> valueOf, final double[] into) {
        java.util.Arrays.fill(into, 0);
        for (int f = 0; f < specs.size(); f++) {
            FeatureSpec spec = specs.get(f);
            String value = valueOf.apply(spec.name());
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (FeatureSpec.CATEGORICAL.equals(spec.type())) {
                Integer category = categoryIndex.get(f).get(value);
                if (category != null) {
                    into[offsets[f] + category] = 1;
                }
            }
            else if (FeatureSpec.BINNED.equals(spec.type())) {
                into[offsets[f] + binOf(spec.edges(), number(spec, value))] = 1;
            }
            else {
                into[offsets[f]] = (number(spec, value) - spec.mean()) / spec.std();
            }
        }
    }

    private static double number(final FeatureSpec spec, final String value) {
        try {
            return Double.parseDouble(value);
        }
        catch (NumberFormatException e) {
            throw InputException.ofField(spec.name(), "'" + value + "' is not a number");
        }
    }

    /** The number of edges at or below x: bin 0 is below the first edge. */
    private static int binOf(final double[] edges, final double x) {
        int bin = 0;
        while (bin < edges.length && x >= edges[bin]) {
            bin++;
        }
        return bin;
    }

    public int width() {
        return width;
    }

    public List<FeatureSpec> getSpecs() {
        return specs;
    }

    /** The specs with the flat weight vector cut into each column's share. */
    List<FeatureSpec> withWeights(final double[] weights) {
        List<FeatureSpec> result = new ArrayList<>();
        for (int f = 0; f < specs.size(); f++) {
            FeatureSpec spec = specs.get(f);
            double[] own = java.util.Arrays.copyOfRange(weights, offsets[f], offsets[f] + spec.width());
            result.add(spec.withWeights(own));
        }
        return result;
    }

    /** The flat weight vector from each column's weights. */
    double[] flatWeights() {
        double[] weights = new double[width];
        for (int f = 0; f < specs.size(); f++) {
            double[] own = specs.get(f).weights();
            if (own == null || own.length != specs.get(f).width()) {
                throw InputException.ofField(specs.get(f).name(),
                        "the model file has " + (own == null ? 0 : own.length) + " weights for this feature, expected "
                                + specs.get(f).width());
            }
            System.arraycopy(own, 0, weights, offsets[f], own.length);
        }
        return weights;
    }
}
