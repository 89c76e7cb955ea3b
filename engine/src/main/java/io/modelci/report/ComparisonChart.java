package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Champion vs challenger, one row per metric: on the left both values with their intervals as error bars, on the
 * right the delta with its interval, blue with ✓ where the check passed and orange with ✗ where it failed.
 */
public final class ComparisonChart {
    static final Color CHALLENGER = Color.BLACK;
    static final Color CHAMPION = ChartStyle.GREY;
    private static final double DODGE = 0.16;
    private static final Font OUTCOME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private ComparisonChart() {
    }

    /** The chart; no rows draws "no data". */
    public static JFreeChart create(final String title, final List<ComparisonRow> rows) {
        List<ComparisonRow> safe = rows == null ? List.of() : rows;
        String[] names = safe.stream().map(ComparisonRow::metric).toArray(String[]::new);
        SymbolAxis metrics = ChartStyle.axis(new SymbolAxis(null, names));
        metrics.setInverted(true);
        metrics.setGridBandsVisible(false);
        metrics.setRange(-0.6, Math.max(names.length, 1) - 0.4);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(metrics);
        plot.setGap(14);
        plot.add(valuePlot(safe), 3);
        plot.add(deltaPlot(safe), 2);
        JFreeChart chart = ChartStyle.chart(ChartStyle.nonBlank(title, "Challenger vs champion"), plot, true);
        if (safe.isEmpty()) {
            // A combined plot has no dataset of its own: say so on each panel.
            chart.removeLegend();
            for (Object sub : plot.getSubplots()) {
                ((XYPlot) sub).setDataset(null);
            }
            return chart;
        }
        plot.setFixedLegendItems(legend());
        return chart;
    }

    private static XYPlot valuePlot(final List<ComparisonRow> rows) {
        XYIntervalSeries challenger = new XYIntervalSeries("challenger", false, true);
        XYIntervalSeries champion = new XYIntervalSeries("champion", false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow row = rows.get(i);
            double[] c = add(challenger, i - DODGE, row.challenger(), row.challengerLow(), row.challengerHigh());
            double[] p = add(champion, i + DODGE, row.champion(), row.championLow(), row.championHigh());
            min = Math.min(min, Math.min(c[0], p[0]));
            max = Math.max(max, Math.max(c[1], p[1]));
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(challenger);
        dataset.addSeries(champion);
        XYErrorRenderer renderer = errorRenderer();
        renderer.setSeriesPaint(0, CHALLENGER);
        renderer.setSeriesShape(0, ChartStyle.seriesShape(0, 8));
        renderer.setSeriesPaint(1, CHAMPION);
        renderer.setSeriesShape(1, ChartStyle.seriesShape(1, 8));
        NumberAxis values = ChartStyle.axis(new NumberAxis("Value (interval)"));
        XYPlot plot = new XYPlot(hasItems(dataset) ? dataset : null, values, null, renderer);
        double[] range = ChartRanges.padded(min, max);
        // Room on the right for the value labels.
        values.setRange(range[0], range[1] + (range[1] - range[0]) * 0.12);
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow row = rows.get(i);
            valueLabel(plot, i - DODGE, row.challenger(), row.challengerHigh(), CHALLENGER);
            valueLabel(plot, i + DODGE, row.champion(), row.championHigh(), CHAMPION);
        }
        style(plot);
        return plot;
    }

    private static XYPlot deltaPlot(final List<ComparisonRow> rows) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        XYIntervalSeries[] byOutcome = new XYIntervalSeries[CheckOutcome.values().length];
        for (CheckOutcome outcome : CheckOutcome.values()) {
            byOutcome[outcome.ordinal()] = new XYIntervalSeries(outcome.word(), false, true);
            dataset.addSeries(byOutcome[outcome.ordinal()]);
        }
        double min = 0;
        double max = 0;
        XYErrorRenderer renderer = errorRenderer();
        for (CheckOutcome outcome : CheckOutcome.values()) {
            renderer.setSeriesPaint(outcome.ordinal(), colour(outcome));
            renderer.setSeriesShape(outcome.ordinal(), shape(outcome));
        }
        NumberAxis deltas = ChartStyle.axis(new NumberAxis("Δ challenger − champion"));
        XYPlot plot = new XYPlot(null, deltas, null, renderer);
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow row = rows.get(i);
            double[] span = add(byOutcome[row.outcome().ordinal()], i, row.delta(), row.deltaLow(), row.deltaHigh());
            if (span[0] <= span[1]) {
                min = Math.min(min, span[0]);
                max = Math.max(max, span[1]);
                XYTextAnnotation text = new XYTextAnnotation(" " + row.outcome().symbol() + " "
                        + row.outcome().word(), span[1], i);
                text.setFont(OUTCOME_FONT);
                text.setPaint(colour(row.outcome()).darker());
                text.setTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addAnnotation(text);
            }
            else if (row.outcome() != CheckOutcome.NOT_CHECKED) {
                // Nothing to draw (a missing or non-finite value), but the outcome must still be said.
                XYTextAnnotation text = new XYTextAnnotation(" " + row.outcome().symbol() + " "
                        + row.outcome().word() + " (no value)", 0, i);
                text.setFont(OUTCOME_FONT);
                text.setPaint(colour(row.outcome()).darker());
                text.setTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addAnnotation(text);
            }
        }
        if (hasItems(dataset)) {
            plot.setDataset(dataset);
        }
        double span = max - min == 0 ? 1e-3 : max - min;
        // Room on the right for the ✓/✗ labels.
        deltas.setRange(min - span * 0.08, max + span * 0.45);
        ValueMarker zero = new ValueMarker(0, ChartStyle.GREY, new BasicStroke(1.2f));
        plot.addDomainMarker(zero, Layer.BACKGROUND);
        style(plot);
        return plot;
    }

    /** The value written right of its marker, so metrics on different scales stay readable. */
    private static void valueLabel(final XYPlot plot, final double y, final double value, final double high,
            final Color colour) {
        if (Double.isFinite(value)) {
            XYTextAnnotation text = new XYTextAnnotation("  " + Formats.number(value),
                    Double.isFinite(high) ? Math.max(high, value) : value, y);
            text.setFont(ChartStyle.SMALL_FONT);
            text.setPaint(colour);
            text.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(text);
        }
    }

    /** Adds (value, interval) at row {@code y}; returns the x extent drawn, or {+inf, -inf} when nothing was. */
    private static double[] add(final XYIntervalSeries series, final double y, final double value, final double low,
            final double high) {
        if (!Double.isFinite(value)) {
            return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        }
        double lo = Double.isFinite(low) ? Math.min(low, value) : value;
        double hi = Double.isFinite(high) ? Math.max(high, value) : value;
        series.add(value, lo, hi, y, y, y);
        return new double[] {lo, hi};
    }

    private static boolean hasItems(final XYIntervalSeriesCollection dataset) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (dataset.getItemCount(s) > 0) {
                return true;
            }
        }
        return false;
    }

    private static XYErrorRenderer errorRenderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        renderer.setBaseLinesVisible(false);
        renderer.setBaseShapesVisible(true);
        renderer.setCapLength(7);
        renderer.setErrorStroke(new BasicStroke(1.8f));
        renderer.setBaseSeriesVisibleInLegend(false);
        return renderer;
    }

    private static void style(final XYPlot plot) {
        ChartStyle.grid(plot);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(ChartStyle.NO_DATA);
        plot.setNoDataMessageFont(ChartStyle.NO_DATA_FONT);
        plot.setNoDataMessagePaint(ChartStyle.GREY);
    }

    static Color colour(final CheckOutcome outcome) {
        switch (outcome) {
            case PASSED:
                return ChartStyle.BLUE;
            case FAILED:
                return ChartStyle.ORANGE;
            default:
                return ChartStyle.GREY;
        }
    }

    private static java.awt.Shape shape(final CheckOutcome outcome) {
        switch (outcome) {
            case PASSED:
                return ChartStyle.seriesShape(0, 9);
            case FAILED:
                return ChartStyle.seriesShape(2, 10);
            default:
                return ChartStyle.seriesShape(3, 9);
        }
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("challenger", CHALLENGER, ChartStyle.seriesShape(0, 8)));
        items.add(item("champion", CHAMPION, ChartStyle.seriesShape(1, 8)));
        items.add(item("✓ check passed", colour(CheckOutcome.PASSED), shape(CheckOutcome.PASSED)));
        items.add(item("✗ check failed", colour(CheckOutcome.FAILED), shape(CheckOutcome.FAILED)));
        return items;
    }

    private static LegendItem item(final String label, final Color colour, final java.awt.Shape shape) {
        LegendItem item = new LegendItem(label, colour);
        item.setShape(shape);
        return item;
    }
}
