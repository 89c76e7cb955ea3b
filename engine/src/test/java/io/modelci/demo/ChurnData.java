package io.modelci.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/** The example data set, found from the module folder the tests run in. */
final class ChurnData {
    private static CsvTable table;

    private ChurnData() {
    }

    static Path path() {
        for (Path candidate : new Path[] {Path.of("../examples/data/churn.csv"), Path.of("examples/data/churn.csv")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/data/churn.csv not found from " + Path.of("").toAbsolutePath());
    }

    static synchronized CsvTable table() {
        if (table == null) {
            table = CsvTable.read(path());
        }
        return table;
    }
}
