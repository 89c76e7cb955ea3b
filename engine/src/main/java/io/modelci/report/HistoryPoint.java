package io.modelci.report;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One build (or model version) in a metric history.
 *
 * @param build the build number (the x of a trend); required
 * @param version the model version registered by that build, or null
 * @param date when it ran, or null
 * @param metrics its metrics; a metric missing here is a gap in that metric's trend
 * @param promoted whether this build's model became champion
 */
public record HistoryPoint(long build, Long version, Instant date, SortedMap<String, Double> metrics,
        boolean promoted) {
    public HistoryPoint {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics == null ? new TreeMap<>() : metrics));
    }
}
