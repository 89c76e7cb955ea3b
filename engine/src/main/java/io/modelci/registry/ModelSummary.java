package io.modelci.registry;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model with its newest version number and where its aliases point.
 *
 * @param name the model name
 * @param description its description, or null
 * @param created when its first version was registered
 * @param latestVersion the highest version number
 * @param aliases alias name to version, sorted by alias
 */
public record ModelSummary(String name, String description, Instant created, int latestVersion,
        Map<String, Integer> aliases) {
    public ModelSummary {
        aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
    }
}
