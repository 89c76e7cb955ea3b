package io.modelci.eval;

import io.modelci.InputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of a predictions file into primitive columns, checking every cell on the way: the column
 * roles come from the header and the {@link ReadOptions}. Errors name the file, line and column.
 */
final class ColumnCollector implements DelimitedScanner.RowSink {
    private static final int IGNORE = 0;
    private static final int LABEL = 1;
    private static final int SCORE = 2;
    private static final int PREDICTION = 3;
    private static final int PROBA = 4;
    private static final int SLICE = 5;
    private static final int ID = 6;
    private static final double SUM_TOLERANCE = 1e-6;

    private final Path file;
    private final ReadOptions options;
    private final Task task;
    private final List<String> header;
    private final int[] role;
    private final int[] roleIndex;
    private final int probaCount;
    private final List<String> probaClassNames = new ArrayList<>();
    private final List<String> sliceNames = new ArrayList<>();
    private final CategoryDictionary labels = new CategoryDictionary();
    private final int[] singleByteCodes = filled(256, -1);
    private final CategoryDictionary[] sliceValues;
    private final int firstProbaColumn;

    // one row's values, committed at the end of the row
    private int rowLabel;
    private int rowPredictionCode;
    private double rowLabelValue;
    private double rowScore;
    private double rowPredictionValue;
    private final double[] rowProba;
    private final int[] rowSlices;
    private String rowId;
    private boolean rowInvalid;

    private int size;
    private int capacity;
    private byte[] labelCodes;
    private int[] classCodes;
    private int[] predictionCodes;
    private double[] values;
    private double[] predictionValues;
    private double[] scores;
    private double[][] probas;
    private int[][] sliceCodes;
    private String[] ids;
    private long dropped;
    private long firstDroppedLine;

    ColumnCollector(final Path file, final ReadOptions options, final List<String> header) {
        this(file, options, header, 1 << 14);
    }

    /** @param expectedRows a guess of the row count, to size the columns once */
    ColumnCollector(final Path file, final ReadOptions options, final List<String> header, final int expectedRows) {
        this.file = file;
        this.options = options;
        this.task = options.task();
        this.header = List.copyOf(header);
        this.role = new int[header.size()];
        this.roleIndex = new int[header.size()];
        Map<String, Integer> positions = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (positions.put(header.get(c), c) != null) {
                throw InputException.at(file, 1, c + 1, header.get(c), "the header names this column twice");
            }
        }
        assign(positions, options.labelColumn(), LABEL, 0);
        if (task == Task.BINARY) {
            assign(positions, options.scoreColumn(), SCORE, 0);
        }
        if (options.effectivePredictionColumn() != null) {
            assign(positions, options.effectivePredictionColumn(), PREDICTION, 0);
        }
        int firstProba = -1;
        if (task == Task.MULTICLASS) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).startsWith(options.probaPrefix()) && role[c] == IGNORE) {
                    role[c] = PROBA;
                    roleIndex[c] = probaClassNames.size();
                    probaClassNames.add(header.get(c).substring(options.probaPrefix().length()));
                    firstProba = firstProba < 0 ? c : firstProba;
                }
            }
        }
        this.firstProbaColumn = firstProba;
        this.probaCount = probaClassNames.size();
        for (String slice : options.sliceBy()) {
            sliceNames.add(slice);
            assign(positions, slice, SLICE, sliceNames.size() - 1);
        }
        if (options.idColumn() != null) {
            assign(positions, options.idColumn(), ID, 0);
        }
        this.sliceValues = new CategoryDictionary[sliceNames.size()];
        for (int s = 0; s < sliceValues.length; s++) {
            sliceValues[s] = new CategoryDictionary();
        }
        for (String name : probaClassNames) {
            labels.codeOf(name);
        }
        this.rowProba = new double[probaCount];
        this.rowSlices = new int[sliceNames.size()];
        this.capacity = Math.max(16, expectedRows);
        allocate(capacity);
    }

    private void assign(final Map<String, Integer> positions, final String column, final int what, final int index) {
        Integer position = positions.get(column);
        if (position == null) {
            throw InputException.at(file, 1, 0, column, "missing column; the header has " + header);
        }
        if (role[position] != IGNORE) {
            throw InputException.at(file, 1, position + 1, column, "the column is given two roles");
        }
        role[position] = what;
        roleIndex[position] = index;
    }

    List<String> header() {
        return header;
    }

    int capacity() {
        return capacity;
    }

    @Override
    public void row(final DelimitedScanner.Row row, final long line) {
        if (row.size() != role.length) {
            int column = Math.min(row.size(), role.length) + 1;
            throw InputException.at(file, line, column, null,
                    "ragged row: " + row.size() + " fields where the header has " + role.length);
        }
        rowInvalid = false;
        for (int c = 0; c < role.length; c++) {
            switch (role[c]) {
                case LABEL -> readLabel(row, c, line);
                case SCORE -> rowScore = probability(row, c, line);
                case PREDICTION -> readPrediction(row, c, line);
                case PROBA -> rowProba[roleIndex[c]] = probability(row, c, line);
                case SLICE -> rowSlices[roleIndex[c]] = sliceValues[roleIndex[c]].codeOf(row.bytes(c),
                        row.start(c), row.end(c));
                case ID -> rowId = new String(row.bytes(c), row.start(c), row.end(c) - row.start(c),
                        StandardCharsets.UTF_8);
                default -> {
                }
            }
        }
        if (rowInvalid) {
            if (dropped++ == 0) {
                firstDroppedLine = line;
            }
            return;
        }
        if (probaCount > 0) {
            double sum = 0;
            for (double p : rowProba) {
                sum += p;
            }
            if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
                throw InputException.at(file, line, firstProbaColumn + 1, header.get(firstProbaColumn),
                        "the probability columns sum to " + sum + ", not 1 (±1e-6)");
            }
        }
        commit();
    }

    private void readLabel(final DelimitedScanner.Row row, final int c, final long line) {
        if (task == Task.REGRESSION) {
            rowLabelValue = number(row, c, line);
            return;
        }
        if (row.isEmpty(c)) {
            invalid(row, c, line, "the label is empty");
            return;
        }
        rowLabel = code(row, c);
        if (labels.size() > 2) {
            checkBinaryLabels(c, line);
        }
    }

    private void readPrediction(final DelimitedScanner.Row row, final int c, final long line) {
        if (task == Task.REGRESSION) {
            rowPredictionValue = number(row, c, line);
            return;
        }
        if (row.isEmpty(c)) {
            invalid(row, c, line, "the prediction is empty");
            return;
        }
        rowPredictionCode = code(row, c);
        if (labels.size() > 2) {
            checkBinaryLabels(c, line);
        }
    }

    /** The label code of a cell; one-byte labels (0/1) skip the hash lookup. */
    private int code(final DelimitedScanner.Row row, final int c) {
        int start = row.start(c);
        if (row.end(c) - start == 1) {
            int b = row.bytes(c)[start] & 0xFF;
            int known = singleByteCodes[b];
            if (known >= 0) {
                return known;
            }
            int code = labels.codeOf(row.bytes(c), start, start + 1);
            singleByteCodes[b] = code;
            return code;
        }
        return labels.codeOf(row.bytes(c), start, row.end(c));
    }

    private void checkBinaryLabels(final int c, final long line) {
        if (task == Task.BINARY && labels.size() > 2) {
            throw InputException.at(file, line, c + 1, header.get(c), "a third label value '"
                    + labels.value(2) + "' in a binary task (already seen '" + labels.value(0) + "' and '"
                    + labels.value(1) + "')");
        }
    }

    private double probability(final DelimitedScanner.Row row, final int c, final long line) {
        double value = number(row, c, line);
        if (!(value >= 0.0 && value <= 1.0) && !Double.isNaN(value)) {
            throw InputException.at(file, line, c + 1, header.get(c),
                    "probability " + text(row, c) + " is outside [0, 1]");
        }
        return value;
    }

    private double number(final DelimitedScanner.Row row, final int c, final long line) {
        byte[] bytes = row.bytes(c);
        int start = row.start(c);
        int end = row.end(c);
        double value;
        if (MissingValues.isMissing(bytes, start, end)) {
            value = Double.NaN;
        }
        else {
            try {
                value = FastDoubleParser.parse(bytes, start, end);
            }
            catch (NumberFormatException e) {
                throw InputException.at(file, line, c + 1, header.get(c), "'" + text(row, c) + "' is not a number");
            }
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            invalid(row, c, line, (row.isEmpty(c) ? "empty value" : "'" + text(row, c) + "'")
                    + " where a number is needed");
        }
        return value;
    }

    private void invalid(final DelimitedScanner.Row row, final int c, final long line, final String problem) {
        if (!options.dropInvalid()) {
            throw InputException.at(file, line, c + 1, header.get(c),
                    problem + " (use drop-invalid to drop such rows)");
        }
        rowInvalid = true;
    }

    private static String text(final DelimitedScanner.Row row, final int c) {
        return new String(row.bytes(c), row.start(c), row.end(c) - row.start(c), StandardCharsets.UTF_8);
    }

    private void commit() {
        if (size == capacity) {
            capacity = (int) Math.min(Integer.MAX_VALUE - 8, capacity * 2L);
            allocate(capacity);
        }
        switch (task) {
            case BINARY -> {
                labelCodes[size] = (byte) rowLabel;
                scores[size] = rowScore;
                if (predictionCodes != null) {
                    predictionCodes[size] = rowPredictionCode;
                }
            }
            case MULTICLASS -> {
                classCodes[size] = rowLabel;
                predictionCodes[size] = rowPredictionCode;
                for (int k = 0; k < probaCount; k++) {
                    probas[k][size] = rowProba[k];
                }
            }
            case REGRESSION -> {
                values[size] = rowLabelValue;
                predictionValues[size] = rowPredictionValue;
            }
            default -> throw new IllegalStateException();
        }
        for (int s = 0; s < rowSlices.length; s++) {
            sliceCodes[s][size] = rowSlices[s];
        }
        if (ids != null) {
            ids[size] = rowId;
        }
        size++;
    }

    private void allocate(final int newCapacity) {
        boolean hasPrediction = options.effectivePredictionColumn() != null;
        switch (task) {
            case BINARY -> {
                labelCodes = grow(labelCodes, newCapacity);
                scores = grow(scores, newCapacity);
                predictionCodes = hasPrediction ? grow(predictionCodes, newCapacity) : null;
            }
            case MULTICLASS -> {
                classCodes = grow(classCodes, newCapacity);
                predictionCodes = grow(predictionCodes, newCapacity);
                if (probas == null) {
                    probas = new double[probaCount][];
                }
                for (int k = 0; k < probaCount; k++) {
                    probas[k] = grow(probas[k], newCapacity);
                }
            }
            case REGRESSION -> {
                values = grow(values, newCapacity);
                predictionValues = grow(predictionValues, newCapacity);
            }
            default -> throw new IllegalStateException();
        }
        if (sliceCodes == null) {
            sliceCodes = new int[sliceNames.size()][];
        }
        for (int s = 0; s < sliceCodes.length; s++) {
            sliceCodes[s] = grow(sliceCodes[s], newCapacity);
        }
        if (options.idColumn() != null) {
            ids = ids == null ? new String[newCapacity] : Arrays.copyOf(ids, newCapacity);
        }
    }

    private static int[] filled(final int size, final int value) {
        int[] array = new int[size];
        Arrays.fill(array, value);
        return array;
    }

    private static byte[] grow(final byte[] old, final int n) {
        return old == null ? new byte[n] : Arrays.copyOf(old, n);
    }

    private static int[] grow(final int[] old, final int n) {
        return old == null ? new int[n] : Arrays.copyOf(old, n);
    }

    private static double[] grow(final double[] old, final int n) {
        return old == null ? new double[n] : Arrays.copyOf(old, n);
    }

    /** Thrown by {@link #append} when only a sequential read can tell what is wrong, and where. */
    static final class NeedsSequentialRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsSequentialRead() {
            super(null, null, false, false);
        }
    }

    /**
     * Appends the rows that another collector read from the rest of the same file.
     *
     * @param later the collector of the part after this one's
     * @param lineOffset how many lines precede the later part
     */
    void append(final ColumnCollector later, final long lineOffset) {
        int total = size + later.size;
        if (total > capacity || total < 0) {
            capacity = total;
            allocate(capacity);
        }
        int[] labelMap = remap(later.labels, labels);
        if (task == Task.BINARY && labels.size() > 2) {
            throw new NeedsSequentialRead();
        }
        int from = size;
        int n = later.size;
        switch (task) {
            case BINARY -> {
                for (int i = 0; i < n; i++) {
                    labelCodes[from + i] = (byte) labelMap[later.labelCodes[i]];
                }
                System.arraycopy(later.scores, 0, scores, from, n);
                if (predictionCodes != null) {
                    for (int i = 0; i < n; i++) {
                        predictionCodes[from + i] = labelMap[later.predictionCodes[i]];
                    }
                }
            }
            case MULTICLASS -> {
                for (int i = 0; i < n; i++) {
                    classCodes[from + i] = labelMap[later.classCodes[i]];
                    predictionCodes[from + i] = labelMap[later.predictionCodes[i]];
                }
                for (int k = 0; k < probaCount; k++) {
                    System.arraycopy(later.probas[k], 0, probas[k], from, n);
                }
            }
            case REGRESSION -> {
                System.arraycopy(later.values, 0, values, from, n);
                System.arraycopy(later.predictionValues, 0, predictionValues, from, n);
            }
            default -> throw new IllegalStateException();
        }
        for (int s = 0; s < sliceCodes.length; s++) {
            int[] sliceMap = remap(later.sliceValues[s], sliceValues[s]);
            for (int i = 0; i < n; i++) {
                sliceCodes[s][from + i] = sliceMap[later.sliceCodes[s][i]];
            }
        }
        if (ids != null) {
            System.arraycopy(later.ids, 0, ids, from, n);
        }
        if (later.dropped > 0 && dropped == 0) {
            firstDroppedLine = later.firstDroppedLine + lineOffset;
        }
        dropped += later.dropped;
        size = total;
    }

    private static int[] remap(final CategoryDictionary from, final CategoryDictionary to) {
        int[] map = new int[from.size()];
        for (int code = 0; code < map.length; code++) {
            map[code] = to.codeOf(from.value(code));
        }
        return map;
    }

    /** The columns read, as predictions. */
    Predictions finish(final String sha256) {
        if (size == 0) {
            throw InputException.ofFile(file, dropped > 0
                    ? "no rows left after dropping " + dropped + " invalid rows" : "empty file: no data rows");
        }
        if (size != capacity) {
            allocate(size);
        }
        List<String> warnings = new ArrayList<>();
        if (dropped > 0) {
            warnings.add("dropped " + dropped + " rows with a missing, empty or NaN value (the first on line "
                    + firstDroppedLine + ")");
        }
        Map<String, Predictions.SliceColumn> slices = new LinkedHashMap<>();
        for (int s = 0; s < sliceNames.size(); s++) {
            slices.put(sliceNames.get(s), new Predictions.SliceColumn(sliceValues[s].values(), sliceCodes[s]));
        }
        String source = file.toString();
        return switch (task) {
            case BINARY -> finishBinary(source, sha256, slices, warnings);
            case MULTICLASS -> finishMulticlass(source, sha256, slices, warnings);
            case REGRESSION -> new Predictions(task, size, source, sha256, null, null, null, null, null, null, null,
                    null, values, predictionValues, ids, slices, warnings);
        };
    }

    private Predictions finishBinary(final String source, final String sha256,
            final Map<String, Predictions.SliceColumn> slices, final List<String> warnings) {
        int positive = BinaryLabels.positiveCode(labels, options.positiveLabel(), file, options.labelColumn());
        byte[] actual = labelCodes;
        for (int i = 0; i < size; i++) {
            actual[i] = (byte) (actual[i] == positive ? 1 : 0);
        }
        byte[] predicted = new byte[size];
        if (predictionCodes != null) {
            for (int i = 0; i < size; i++) {
                predicted[i] = (byte) (predictionCodes[i] == positive ? 1 : 0);
            }
        }
        else {
            double threshold = options.threshold();
            for (int i = 0; i < size; i++) {
                predicted[i] = (byte) (scores[i] >= threshold ? 1 : 0);
            }
        }
        String positiveLabel = positive >= 0 ? labels.value(positive)
                : options.positiveLabel() != null ? options.positiveLabel() : "1";
        return new Predictions(task, size, source, sha256, actual, scores, predicted, positiveLabel, null, null,
                null, null, null, null, ids, slices, warnings);
    }

    private Predictions finishMulticlass(final String source, final String sha256,
            final Map<String, Predictions.SliceColumn> slices, final List<String> warnings) {
        ClassOrder order = ClassOrder.of(labels.values());
        int[] remap = order.remap();
        for (int i = 0; i < size; i++) {
            classCodes[i] = remap[classCodes[i]];
            predictionCodes[i] = remap[predictionCodes[i]];
        }
        double[][] byClass = null;
        if (probaCount > 0) {
            byClass = new double[order.classes().size()][];
            for (int k = 0; k < probaCount; k++) {
                byClass[remap[labels.find(probaClassNames.get(k))]] = probas[k];
            }
            for (int c = 0; c < byClass.length; c++) {
                if (byClass[c] == null) {
                    throw InputException.at(file, 1, 0, options.probaPrefix() + order.classes().get(c),
                            "missing column: class '" + order.classes().get(c)
                                    + "' appears in the labels but has no probability column");
                }
            }
        }
        return new Predictions(task, size, source, sha256, null, null, null, null, classCodes, predictionCodes,
                order.classes(), byClass, null, null, ids, slices, warnings);
    }
}
