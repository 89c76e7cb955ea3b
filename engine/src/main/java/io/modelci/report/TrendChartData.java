package io.modelci.report;

import java.util.List;

/**
 * Everything a metric trend chart shows.
 *
 * @param title the chart title
 * @param xAxis what x means: build numbers, model versions, or dates (epoch milliseconds)
 * @param series one or more metrics
 * @param promotions where the champion changed; may be empty
 */
public record TrendChartData(String title, XAxis xAxis, List<TrendSeries> series, List<Promotion> promotions) {
    /** The meaning of a trend's x values. */
    public enum XAxis {
        BUILD("Build"), VERSION("Model version"), DATE("Date");

        private final String label;

        XAxis(final String label) {
            this.label = label;
        }

        /** The axis label. */
        public String label() {
            return label;
        }
    }

    public TrendChartData {
        title = ChartStyle.nonBlank(title, "Metric trend");
        xAxis = xAxis == null ? XAxis.BUILD : xAxis;
        series = series == null ? List.of() : List.copyOf(series);
        promotions = promotions == null ? List.of() : List.copyOf(promotions);
    }
}
