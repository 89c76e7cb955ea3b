package io.modelci.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores the rows of a table with a model: the same rows, ids and slices as the trainer's predictions. */
public final class ModelScorer {
    private ModelScorer() {
    }

    /**
     * Scores a table's rows.
     *
     * @param holdoutOnly true to score only the rows the model's split holds out (what the trainer's predictions
     *        cover), false for every row
     */
    public static List<Prediction> score(final LogisticModel model, final CsvTable table, final boolean holdoutOnly) {
        ModelDocument document = model.getDocument();
        int idIndex = document.idColumn() == null ? -1 : table.requireColumn(document.idColumn(), "id_column");
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (!holdoutOnly || document.split().partOf(DataLayout.idOf(table, idIndex, r))
                    == HoldoutSplit.Part.HOLDOUT) {
                rows.add(r);
            }
        }
        int[] rowIndexes = rows.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> columns = columnsOf(table);
        double[] scores = new double[rowIndexes.length];
        for (int i = 0; i < rowIndexes.length; i++) {
            String[] row = table.row(rowIndexes[i]);
            scores[i] = model.score(name -> {
                Integer c = columns.get(name);
                return c == null ? null : row[c];
            });
        }
        return predictions(table, idIndex, model, rowIndexes, scores);
    }

    static List<Prediction> predictions(final CsvTable table, final int idIndex, final LogisticModel model,
            final int[] rowIndexes, final double[] scores) {
        ModelDocument document = model.getDocument();
        Map<String, Integer> columns = columnsOf(table);
        Integer labelIndex = columns.get(document.label());
        List<Prediction> predictions = new ArrayList<>(rowIndexes.length);
        for (int i = 0; i < rowIndexes.length; i++) {
            String[] row = table.row(rowIndexes[i]);
            List<String> slices = new ArrayList<>();
            for (String slice : document.sliceColumns()) {
                Integer c = columns.get(slice);
                slices.add(c == null ? "" : row[c]);
            }
            int label = labelIndex == null ? -1 : document.positive().equals(row[labelIndex]) ? 1 : 0;
            predictions.add(new Prediction(DataLayout.idOf(table, idIndex, rowIndexes[i]), label, scores[i],
                    List.copyOf(slices)));
        }
        return predictions;
    }

    private static Map<String, Integer> columnsOf(final CsvTable table) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < table.getHeader().size(); c++) {
            columns.put(table.getHeader().get(c), c);
        }
        return columns;
    }
}
