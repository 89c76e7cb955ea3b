package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A metric trend across builds: one line per metric, gaps where a build lacks the metric, a vertical rule and a
 * diamond where the champion changed, and the current champion's level as a dashed line.
 */
public final class TrendChart {
    /** Above this many points per series, markers are left out so the line stays legible. */
    static final int MAX_POINTS_WITH_MARKERS = 60;
    /** Above this many promotions, rules are drawn without labels so labels do not pile up. */
    static final int MAX_LABELLED_PROMOTIONS = 12;

    private static final Shape PROMOTION_SHAPE = ChartStyle.seriesShape(3, 11);

    private TrendChart() {
    }

    /** The chart; an empty or all-gap input draws "no data". */
    public static JFreeChart create(final TrendChartData data) {
        DefaultXYDataset lines = new DefaultXYDataset();
        List<TrendSeries> drawn = data.series().stream().filter(TrendChart::hasValue).toList();
        int maxPoints = 0;
        double[][][] arrays = new double[drawn.size()][][];
        for (int s = 0; s < drawn.size(); s++) {
            arrays[s] = sortedArrays(drawn.get(s).points());
            lines.addSeries(seriesKey(drawn, s), arrays[s]);
            maxPoints = Math.max(maxPoints, arrays[s][0].length);
        }

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, maxPoints <= MAX_POINTS_WITH_MARKERS);
        renderer.setDrawSeriesLineAsPath(true);
        float width = maxPoints > 200 ? 1.2f : 1.8f;
        for (int s = 0; s < drawn.size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.seriesColor(s));
            renderer.setSeriesStroke(s, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, ChartStyle.seriesShape(s, 6));
        }

        ValueAxis xAxis = data.xAxis() == TrendChartData.XAxis.DATE
                ? new DateAxis(data.xAxis().label()) : integerAxis(data.xAxis().label());
        NumberAxis yAxis = new NumberAxis(yLabel(drawn));
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(drawn.isEmpty() ? null : lines, ChartStyle.axis(xAxis), ChartStyle.axis(yAxis),
                renderer);
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(data.title(), plot, true);
        if (drawn.isEmpty()) {
            chart.removeLegend();
            return chart;
        }

        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < drawn.size(); s++) {
            legend.add(lineItem(seriesKey(drawn, s), ChartStyle.seriesColor(s),
                    new BasicStroke(2f), renderer.getBaseShapesVisible() ? ChartStyle.seriesShape(s, 6) : null));
        }
        double[] range = valueRange(drawn, arrays);
        boolean anyChampion = false;
        for (int s = 0; s < drawn.size(); s++) {
            double level = drawn.get(s).championLevel();
            if (Double.isFinite(level)) {
                anyChampion = true;
                plot.addRangeMarker(championMarker(drawn.get(s).name(), level, ChartStyle.seriesColor(s)),
                        Layer.BACKGROUND);
            }
        }
        if (anyChampion) {
            legend.add(lineItem("champion level", ChartStyle.GREY, ChartStyle.dashed(1.5f, 6f, 4f), null));
        }
        if (addPromotions(plot, data.promotions(), arrays)) {
            LegendItem item = new LegendItem("promotion", "", null, null, PROMOTION_SHAPE, Color.BLACK,
                    new BasicStroke(1f), Color.WHITE);
            legend.add(item);
        }
        plot.setFixedLegendItems(legend);
        yAxis.setRange(range[0], range[1]);
        return chart;
    }

    private static boolean hasValue(final TrendSeries series) {
        return series.points().stream().anyMatch(p -> Double.isFinite(p.value()) && Double.isFinite(p.x()));
    }

    private static String seriesKey(final List<TrendSeries> drawn, final int index) {
        String name = drawn.get(index).name();
        for (int i = 0; i < index; i++) {
            if (drawn.get(i).name().equals(name)) {
                return name + " (" + (index + 1) + ")";
            }
        }
        return name;
    }

    private static String yLabel(final List<TrendSeries> drawn) {
        return drawn.size() == 1 ? drawn.get(0).name() : "Value";
    }

    private static NumberAxis integerAxis(final String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** x and y as primitive arrays sorted by x; non-finite x values are dropped. */
    static double[][] sortedArrays(final List<TrendPoint> points) {
        TrendPoint[] sorted = points.stream().filter(p -> Double.isFinite(p.x())).toArray(TrendPoint[]::new);
        boolean ordered = true;
        for (int i = 1; i < sorted.length && ordered; i++) {
            ordered = sorted[i - 1].x() <= sorted[i].x();
        }
        if (!ordered) {
            Arrays.sort(sorted, Comparator.comparingDouble(TrendPoint::x));
        }
        double[] xs = new double[sorted.length];
        double[] ys = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            xs[i] = sorted[i].x();
            // Infinite values would stretch the axis to nothing: treat them as gaps.
            ys[i] = Double.isFinite(sorted[i].value()) ? sorted[i].value() : Double.NaN;
        }
        return new double[][] {xs, ys};
    }

    /** Lowest and highest value to show, including champion levels, with a margin. */
    private static double[] valueRange(final List<TrendSeries> drawn, final double[][][] arrays) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < arrays.length; s++) {
            for (double y : arrays[s][1]) {
                if (y == y) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
            double level = drawn.get(s).championLevel();
            if (Double.isFinite(level)) {
                min = Math.min(min, level);
                max = Math.max(max, level);
            }
        }
        return ChartRanges.padded(min, max);
    }

    private static ValueMarker championMarker(final String name, final double level, final Color color) {
        ValueMarker marker = new ValueMarker(level, color, ChartStyle.dashed(1.5f, 6f, 4f));
        marker.setLabel("champion " + name + " " + Formats.number(level));
        marker.setLabelFont(ChartStyle.SMALL_FONT);
        marker.setLabelPaint(color.darker());
        // At the right end, where the latest builds are read against it; promotion labels sit at the top left.
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        return marker;
    }

    /** Adds a rule per promotion and a diamond on each line there; false when there was nothing to mark. */
    private static boolean addPromotions(final XYPlot plot, final List<Promotion> promotions,
            final double[][][] arrays) {
        if (promotions.isEmpty()) {
            return false;
        }
        boolean labelled = promotions.size() <= MAX_LABELLED_PROMOTIONS;
        DefaultXYDataset marks = new DefaultXYDataset();
        for (int s = 0; s < arrays.length; s++) {
            double[] xs = arrays[s][0];
            double[] ys = arrays[s][1];
            double[][] points = new double[2][promotions.size()];
            int n = 0;
            for (Promotion promotion : promotions) {
                int at = Arrays.binarySearch(xs, promotion.x());
                if (at >= 0 && ys[at] == ys[at]) {
                    points[0][n] = promotion.x();
                    points[1][n++] = ys[at];
                }
            }
            marks.addSeries("promotion " + s, new double[][] {Arrays.copyOf(points[0], n), Arrays.copyOf(points[1], n)});
        }
        for (Promotion promotion : promotions) {
            ValueMarker rule = new ValueMarker(promotion.x(), ChartStyle.GREY, ChartStyle.dashed(1f, 2f, 3f));
            if (labelled && !promotion.label().isEmpty()) {
                rule.setLabel(promotion.label());
                rule.setLabelFont(ChartStyle.SMALL_FONT);
                rule.setLabelPaint(Color.DARK_GRAY);
                rule.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                rule.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(rule, Layer.BACKGROUND);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setBaseShape(PROMOTION_SHAPE);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setBaseFillPaint(Color.WHITE);
        renderer.setUseFillPaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(true);
        renderer.setBaseOutlinePaint(Color.BLACK);
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setAutoPopulateSeriesFillPaint(false);
        renderer.setBaseOutlineStroke(new BasicStroke(1.5f));
        renderer.setAutoPopulateSeriesOutlineStroke(false);
        renderer.setBaseSeriesVisibleInLegend(false);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setDataset(1, marks);
        plot.setRenderer(1, renderer);
        return true;
    }

    static LegendItem lineItem(final String label, final Color color, final java.awt.Stroke stroke,
            final Shape shape) {
        Shape line = new Line2D.Double(-9, 0, 9, 0);
        boolean shapeVisible = shape != null;
        return new LegendItem(label, "", null, null, shapeVisible, shapeVisible ? shape : line, shapeVisible, color,
                false, color, stroke, true, line, stroke, color);
    }
}
