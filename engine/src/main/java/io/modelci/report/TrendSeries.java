package io.modelci.report;

import java.util.List;

/**
 * One metric across builds.
 *
 * @param name the metric's name, shown in the legend
 * @param points the values in any order; NaN values are gaps
 * @param championLevel the current champion's value of this metric, drawn as a dashed line; NaN for none
 */
public record TrendSeries(String name, List<TrendPoint> points, double championLevel) {
    public TrendSeries {
        name = ChartStyle.nonBlank(name, "metric");
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** A series without a champion level. */
    public TrendSeries(final String name, final List<TrendPoint> points) {
        this(name, points, Double.NaN);
    }
}
