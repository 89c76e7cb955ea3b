package io.modelci.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the inputs for deployment checks from a table and a reference model: a golden file
 * ({@code {"input": {...}, "expected": {"label": ..., "score": ...}}} per line, the reference model's own answers,
 * so a served copy must reproduce them) or a request file (the inputs alone, one JSON object per line).
 */
public final class GoldenFiles {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d*)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private GoldenFiles() {
    }

    /**
     * The feature values of the first {@code limit} rows (holdout rows only when asked) as JSON objects; numbers
     * become JSON numbers.
     */
    public static List<ObjectNode> inputs(final LogisticModel model, final CsvTable table, final boolean holdoutOnly,
            final int limit) {
        ModelDocument document = model.getDocument();
        int idIndex = document.idColumn() == null ? -1 : table.requireColumn(document.idColumn(), "id_column");
        List<String> features = model.featureNames().stream().distinct().toList();
        List<ObjectNode> inputs = new ArrayList<>();
        for (int r = 0; r < table.rowCount() && inputs.size() < limit; r++) {
            if (holdoutOnly && document.split().partOf(DataLayout.idOf(table, idIndex, r)) != HoldoutSplit.Part.HOLDOUT) {
                continue;
            }
            ObjectNode input = JsonNodeFactory.instance.objectNode();
            for (String feature : features) {
                String value = table.row(r)[table.requireColumn(feature, "features")];
                if (value.isEmpty()) {
                    continue;
                }
                if (INTEGER.matcher(value).matches() && value.length() < 18) {
                    input.put(feature, Long.parseLong(value));
                }
                else if (NUMBER.matcher(value).matches()) {
                    input.put(feature, Double.parseDouble(value));
                }
                else {
                    input.put(feature, value);
                }
            }
            inputs.add(input);
        }
        return inputs;
    }

    /** Writes a golden file of the inputs with the model's answers. */
    public static void writeGolden(final Path file, final LogisticModel model, final List<ObjectNode> inputs) {
        JsonRowScorer scorer = new JsonRowScorer(model);
        List<String> lines = new ArrayList<>();
        for (ObjectNode input : inputs) {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.set("input", input);
            line.set("expected", scorer.score(input));
            lines.add(line.toString());
        }
        writeLines(file, lines);
    }

    /** Writes a request file: the inputs, one per line. */
    public static void writeRequests(final Path file, final List<ObjectNode> inputs) {
        writeLines(file, inputs.stream().map(ObjectNode::toString).toList());
    }

    private static void writeLines(final Path file, final List<String> lines) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".lines", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

}
