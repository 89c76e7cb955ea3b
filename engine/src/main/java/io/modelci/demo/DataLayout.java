package io.modelci.demo;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Which columns of a table are the id, the label, the features and the slices, and which value is positive. */
record DataLayout(int idIndex, int labelIndex, String labelColumn, String positive, String negative,
        List<String> features, List<String> sliceColumns) {

    static DataLayout resolve(final CsvTable table, final TrainerOptions options) {
        List<String> header = table.getHeader();
        String label = options.labelColumn() != null ? options.labelColumn()
                : header.contains("label") ? "label" : header.get(header.size() - 1);
        int labelIndex = table.requireColumn(label, "label");
        int idIndex = options.idColumn() == null ? -1 : table.indexOf(options.idColumn()).orElse(-1);

        TreeSet<String> values = new TreeSet<>();
        for (int r = 0; r < table.rowCount(); r++) {
            values.add(table.row(r)[labelIndex]);
        }
        if (values.size() != 2) {
            throw new InputException(table.getSource(), 0, 0, label,
                    "a binary label needs exactly two values, found " + values.size()
                            + (values.size() <= 10 ? " " + values : ""));
        }
        String positive = options.positive() != null ? options.positive() : guessPositive(values);
        if (!values.contains(positive)) {
            throw new InputException(table.getSource(), 0, 0, "positive",
                    "'" + positive + "' is not a value of the label column " + values);
        }
        String negative = values.first().equals(positive) ? values.last() : values.first();

        List<String> features = new ArrayList<>();
        if (options.features().isEmpty()) {
            for (int c = 0; c < header.size(); c++) {
                if (c != labelIndex && c != idIndex) {
                    features.add(header.get(c));
                }
            }
        }
        else {
            for (String feature : options.features()) {
                table.requireColumn(feature, "features");
                features.add(feature);
            }
        }
        features.removeAll(options.excludedFeatures());
        if (features.contains(label)) {
            throw InputException.ofField("features", "the label column '" + label + "' cannot be a feature");
        }
        if (features.isEmpty()) {
            throw InputException.ofField("features", "no feature columns are left");
        }

        List<String> slices = new ArrayList<>();
        if (options.sliceColumns() == null) {
            for (String candidate : List.of("area_code", "state")) {
                if (header.contains(candidate)) {
                    slices.add(candidate);
                }
            }
        }
        else {
            for (String slice : options.sliceColumns()) {
                table.requireColumn(slice, "slice");
                slices.add(slice);
            }
        }
        return new DataLayout(idIndex, labelIndex, label, positive, negative, List.copyOf(features),
                List.copyOf(slices));
    }

    private static String guessPositive(final TreeSet<String> values) {
        for (String value : values) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("1") || lower.equals("yes") || lower.equals("true")) {
                return value;
            }
        }
        return values.last();
    }

    /** The row's id: the id column's value, or the 1-based row number when there is no id column. */
    static String idOf(final CsvTable table, final int idIndex, final int row) {
        return idIndex < 0 ? Integer.toString(row + 1) : table.row(row)[idIndex];
    }
}
