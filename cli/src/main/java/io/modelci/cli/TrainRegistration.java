package io.modelci.cli;

import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.NewVersion;
import io.modelci.run.TrainingRun;

import java.util.Map;

/** Registers a finished training run as a new candidate version: what {@code modelci train --register} does. */
final class TrainRegistration {
    private TrainRegistration() {
    }

    static ModelVersion register(final TrainingRun run, final RegistryOptions options) {
        try (JdbcRegistry registry = options.open()) {
            return registry.register(run.model(),
                    NewVersion.ofRun(run, options.who(), options.buildUrl, Map.of(), null));
        }
    }
}
