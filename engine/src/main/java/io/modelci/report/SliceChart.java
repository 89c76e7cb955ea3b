package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * A metric per slice as a dot plot, with the policy's threshold as a vertical dashed line: slices that meet it
 * are blue circles marked ✓, slices that miss it orange triangles marked ✗. Dots, not bars, because metric
 * differences between slices are small next to the metric's distance from zero.
 */
public final class SliceChart {
    private SliceChart() {
    }

    /**
     * The chart.
     *
     * @param metric the metric's name, the x axis label
     * @param threshold the level every slice should reach; NaN for none (all dots blue)
     * @param thresholdLabel what the threshold is, e.g. "min_value" or "champion"
     * @param higherIsBetter whether a slice passes at or above the threshold (true) or at or below it
     */
    public static JFreeChart create(final String title, final String metric, final List<SliceValue> slices,
            final double threshold, final String thresholdLabel, final boolean higherIsBetter) {
        List<SliceValue> safe = slices == null ? List.of() : slices;
        String[] names = new String[safe.size()];
        XYSeries meets = new XYSeries("meets threshold", false, true);
        XYSeries misses = new XYSeries("misses threshold", false, true);
        double min = Double.isFinite(threshold) ? threshold : Double.POSITIVE_INFINITY;
        double max = Double.isFinite(threshold) ? threshold : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < safe.size(); i++) {
            SliceValue slice = safe.get(i);
            names[i] = slice.rows() >= 0 ? slice.slice() + " (n=" + Formats.number(slice.rows()) + ")" : slice.slice();
            if (Double.isFinite(slice.value())) {
                (passes(slice.value(), threshold, higherIsBetter) ? meets : misses).add(slice.value(), i);
                min = Math.min(min, slice.value());
                max = Math.max(max, slice.value());
            }
        }
        double[] range = ChartRanges.padded(min, max);
        double span = range[1] - range[0];
        range[0] -= span * 0.03;
        range[1] += span * 0.15;
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(meets);
        dataset.addSeries(misses);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesShape(0, ChartStyle.seriesShape(0, 10));
        renderer.setSeriesPaint(1, ChartStyle.ORANGE);
        renderer.setSeriesShape(1, ChartStyle.seriesShape(2, 11));
        NumberAxis values = ChartStyle.axis(new NumberAxis(ChartStyle.nonBlank(metric, "Value")));
        values.setRange(range[0], range[1]);
        SymbolAxis sliceAxis = ChartStyle.axis(new SymbolAxis(null, names));
        sliceAxis.setInverted(true);
        sliceAxis.setGridBandsVisible(false);
        sliceAxis.setRange(-0.6, Math.max(names.length, 1) - 0.4);
        boolean any = meets.getItemCount() + misses.getItemCount() > 0;
        XYPlot plot = new XYPlot(any ? dataset : null, values, sliceAxis, renderer);
        ChartStyle.grid(plot);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < safe.size(); i++) {
            double value = safe.get(i).value();
            String text = Double.isFinite(value)
                    ? "  " + Formats.number(value) + (Double.isFinite(threshold)
                            ? " " + (passes(value, threshold, higherIsBetter) ? "✓" : "✗") : "")
                    : "  too small to evaluate";
            XYTextAnnotation label = new XYTextAnnotation(text, Double.isFinite(value) ? value : range[0], i);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setFont(ChartStyle.SMALL_FONT);
            label.setPaint(Double.isFinite(value) ? Color.DARK_GRAY : ChartStyle.GREY);
            if (any) {
                plot.addAnnotation(label);
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(item("meets threshold ✓", ChartStyle.BLUE, ChartStyle.seriesShape(0, 9)));
        legend.add(item("misses threshold ✗", ChartStyle.ORANGE, ChartStyle.seriesShape(2, 10)));
        if (Double.isFinite(threshold)) {
            String label = ChartStyle.nonBlank(thresholdLabel, "threshold") + " " + Formats.number(threshold);
            ValueMarker marker = new ValueMarker(threshold, Color.BLACK, ChartStyle.dashed(1.5f, 6f, 4f));
            marker.setLabel(label);
            marker.setLabelFont(ChartStyle.SMALL_FONT);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(marker, Layer.FOREGROUND);
            legend.add(TrendChart.lineItem(label, Color.BLACK, ChartStyle.dashed(1.5f, 6f, 4f), null));
        }
        plot.setFixedLegendItems(legend);
        String name = ChartStyle.nonBlank(title, ChartStyle.nonBlank(metric, "Metric") + " by slice");
        return ChartStyle.chart(name, plot, any);
    }

    static boolean passes(final double value, final double threshold, final boolean higherIsBetter) {
        return !Double.isFinite(threshold) || (higherIsBetter ? value >= threshold : value <= threshold);
    }

    private static LegendItem item(final String label, final Color colour, final java.awt.Shape shape) {
        LegendItem item = new LegendItem(label, "", null, null, shape, colour, new BasicStroke(1f), colour);
        return item;
    }
}
