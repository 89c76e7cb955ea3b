package io.modelci.check;

import io.modelci.demo.CsvTable;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.LogisticTrainer;
import io.modelci.demo.TrainerOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** A real demo model, trained once for all check tests on the example data (two epochs are enough here). */
final class ServedModel {
    private static LogisticModel model;

    private ServedModel() {
    }

    static synchronized LogisticModel model() {
        if (model == null) {
            Path data = Files.isRegularFile(Path.of("../examples/data/churn.csv"))
                    ? Path.of("../examples/data/churn.csv") : Path.of("examples/data/churn.csv");
            model = new LogisticTrainer(TrainerOptions.defaults().withHyperparameters(0.05, 2, 1e-4))
                    .train(CsvTable.read(data), e -> { }).model();
        }
        return model;
    }
}
