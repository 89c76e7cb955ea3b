package io.modelci.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes predictions as CSV: {@code id,label,score} and then one column per slice column. Scores are written with
 * full precision ({@link Double#toString(double)}) so that paired comparisons see exactly what the model said; an
 * unknown label is written empty.
 */
public final class PredictionsCsv {
    private PredictionsCsv() {
    }

    public static void write(final Path file, final List<String> sliceColumns, final List<Prediction> predictions) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".predictions", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write("id,label,score");
                for (String slice : sliceColumns) {
                    out.write(',');
                    out.write(quote(slice));
                }
                out.write('\n');
                for (Prediction p : predictions) {
                    out.write(quote(p.id()));
                    out.write(',');
                    out.write(p.label() < 0 ? "" : Integer.toString(p.label()));
                    out.write(',');
                    out.write(Double.toString(p.score()));
                    for (String value : p.slices()) {
                        out.write(',');
                        out.write(quote(value));
                    }
                    out.write('\n');
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String quote(final String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
