package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learning curves: several per-step series on one plot, optionally on a log scale. A validation series shares
 * the colour of its training series and is dashed, so {@code loss}/{@code val_loss} read as a pair.
 */
public final class LearningCurveChart {
    private static final String[] VALIDATION_PREFIXES = {"val_", "validation_", "eval_", "test_", "val/", "eval/",
            "test/", "validation/"};

    private LearningCurveChart() {
    }

    /**
     * The chart; with {@code logScale}, values that are not positive cannot be drawn and become gaps.
     *
     * @param xLabel the step axis label, "Step" when null
     */
    public static JFreeChart create(final String title, final List<LearningCurve> curves, final boolean logScale,
            final String xLabel) {
        List<LearningCurve> safe = curves == null ? List.of() : curves;
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        Map<String, Integer> colourOfBase = new LinkedHashMap<>();
        LegendItemCollection legend = new LegendItemCollection();
        int index = 0;
        for (LearningCurve curve : safe) {
            double[][] xy = arrays(curve, logScale);
            if (xy == null) {
                continue;
            }
            String key = uniqueKey(dataset, curve.name());
            dataset.addSeries(key, xy);
            String base = baseName(curve.name());
            boolean validation = !base.equals(curve.name());
            Integer colour = colourOfBase.computeIfAbsent(base, b -> colourOfBase.size());
            Color paint = ChartStyle.seriesColor(colour);
            Stroke stroke = validation ? ChartStyle.dashed(2f, 7f, 4f)
                    : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            renderer.setSeriesPaint(index, paint);
            renderer.setSeriesStroke(index, stroke);
            legend.add(TrendChart.lineItem(key, paint, stroke, null));
            index++;
        }
        ValueAxis xAxis = ChartStyle.axis(new NumberAxis(ChartStyle.nonBlank(xLabel, "Step")));
        ((NumberAxis) xAxis).setAutoRangeIncludesZero(false);
        ValueAxis yAxis;
        if (logScale) {
            LogAxis log = new LogAxis(index == 1 ? dataset.getSeriesKey(0) + " (log scale)" : "Value (log scale)");
            log.setSmallestValue(1e-12);
            yAxis = log;
        }
        else {
            NumberAxis linear = new NumberAxis(index == 1 ? dataset.getSeriesKey(0).toString() : "Value");
            linear.setAutoRangeIncludesZero(false);
            yAxis = linear;
        }
        XYPlot plot = new XYPlot(index == 0 ? null : dataset, xAxis, ChartStyle.axis(yAxis), renderer);
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(ChartStyle.nonBlank(title, "Learning curves"), plot, index > 0);
        plot.setFixedLegendItems(legend);
        return chart;
    }

    /** The chart on a linear scale with "Step" on the x axis. */
    public static JFreeChart create(final String title, final List<LearningCurve> curves) {
        return create(title, curves, false, null);
    }

    /** {@code loss} for {@code val_loss}; the name itself when it has no validation prefix. */
    static String baseName(final String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : VALIDATION_PREFIXES) {
            if (lower.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static String uniqueKey(final DefaultXYDataset dataset, final String name) {
        String key = name;
        for (int n = 2; dataset.indexOf(key) >= 0; n++) {
            key = name + " (" + n + ")";
        }
        return key;
    }

    /** Sorted-by-step arrays with undrawable values as NaN; null when nothing is drawable. */
    private static double[][] arrays(final LearningCurve curve, final boolean logScale) {
        List<TrendPoint> points = new ArrayList<>(curve.size());
        boolean any = false;
        for (int i = 0; i < curve.size(); i++) {
            double v = curve.valueAt(i);
            boolean drawable = Double.isFinite(v) && (!logScale || v > 0);
            any |= drawable && Double.isFinite(curve.stepAt(i));
            points.add(new TrendPoint(curve.stepAt(i), drawable ? v : Double.NaN));
        }
        return any ? TrendChart.sortedArrays(points) : null;
    }
}
