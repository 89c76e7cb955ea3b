/**
 * Metric capture: reads the metrics a training or evaluation run writes (JSON, YAML, TOML, JSON Lines, CSV/TSV
 * tables, DVCLive directories, log lines) into one model, {@link io.modelci.metrics.Metrics}. Entry points:
 * {@link io.modelci.metrics.MetricFiles} for files and {@link io.modelci.metrics.LogMetricsParser} for the output
 * of a running process.
 */
package io.modelci.metrics;
