package io.modelci.demo;

/** Rows encoded once into a dense matrix, with their labels: what each training step reads. */
record EncodedRows(int[] rows, double[][] features, boolean[] labels) {

    static EncodedRows of(final CsvTable table, final FeatureEncoder encoder, final DataLayout layout,
            final int[] rowIndexes) {
        double[][] features = new double[rowIndexes.length][encoder.width()];
        boolean[] labels = new boolean[rowIndexes.length];
        java.util.Map<String, Integer> columns = new java.util.HashMap<>();
        for (int c = 0; c < table.getHeader().size(); c++) {
            columns.put(table.getHeader().get(c), c);
        }
        for (int i = 0; i < rowIndexes.length; i++) {
            String[] row = table.row(rowIndexes[i]);
            encoder.encode(name -> {
                Integer c = columns.get(name);
                return c == null ? null : row[c];
            }, features[i]);
            labels[i] = layout.positive().equals(row[layout.labelIndex()]);
        }
        return new EncodedRows(rowIndexes, features, labels);
    }

    int size() {
        return rows.length;
    }

    double probability(final double[] x, final double[] weights, final double bias) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * x[j];
        }
        return LogisticModel.sigmoid(z);
    }

    double[] scores(final double[] weights, final double bias) {
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = probability(features[i], weights, bias);
        }
        return scores;
    }

    double logLoss(final double[] weights, final double bias) {
        return BinaryMetrics.logLoss(scores(weights, bias), labels);
    }

    double auc(final double[] weights, final double bias) {
        return BinaryMetrics.auc(scores(weights, bias), labels);
    }
}
