package io.modelci.report;

import io.modelci.eval.ConfusionMatrix;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix heatmap: actual classes down, predicted across, a sequential white-to-blue scale (readable
 * in grey too), and the count or the row percentage written in each cell.
 */
public final class ConfusionMatrixChart {
    /** Above this many classes, cells are too small for text and only colours are drawn. */
    static final int MAX_LABELLED_CLASSES = 20;

    private ConfusionMatrixChart() {
    }

    /**
     * The heatmap.
     *
     * @param normalised colour and label cells by their share of the row (per-class recall on the diagonal)
     *         instead of raw counts
     */
    public static JFreeChart create(final String title, final ConfusionMatrix matrix, final boolean normalised) {
        ConfusionMatrix safe = matrix == null ? new ConfusionMatrix(List.of(), new long[0][]) : matrix;
        int n = safe.labels().size();
        String[] labels = safe.labels().toArray(String[]::new);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        double[][] xyz = new double[3][n * n];
        double max = 0;
        for (int actual = 0; actual < n; actual++) {
            for (int predicted = 0; predicted < n; predicted++) {
                int i = actual * n + predicted;
                xyz[0][i] = predicted;
                xyz[1][i] = actual;
                xyz[2][i] = normalised ? rowFraction(safe, actual, predicted) : safe.count(actual, predicted);
                max = Math.max(max, xyz[2][i]);
            }
        }
        dataset.addSeries("cells", xyz);
        double upper = normalised ? 1 : Math.max(1, max);
        BlueScale scale = new BlueScale(upper);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis predictedAxis = ChartStyle.axis(new SymbolAxis("Predicted", labels));
        SymbolAxis actualAxis = ChartStyle.axis(new SymbolAxis("Actual", labels));
        for (SymbolAxis axis : new SymbolAxis[] {predictedAxis, actualAxis}) {
            axis.setGridBandsVisible(false);
            axis.setRange(-0.5, Math.max(n, 1) - 0.5);
        }
        actualAxis.setInverted(true);
        XYPlot plot = new XYPlot(n == 0 ? null : dataset, predictedAxis, actualAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (n <= MAX_LABELLED_CLASSES) {
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, n <= 6 ? 14 : n <= 12 ? 11 : 9);
            for (int i = 0; i < n * n; i++) {
                double value = xyz[2][i];
                XYTextAnnotation text = new XYTextAnnotation(normalised
                        ? String.format(Locale.ROOT, "%.1f%%", value * 100) : Formats.number(value), xyz[0][i],
                        xyz[1][i]);
                text.setFont(font);
                // Dark text on light cells, white on dark ones.
                text.setPaint(value / upper > 0.55 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
            }
        }
        String name = ChartStyle.nonBlank(title, normalised ? "Confusion matrix (row-normalised)"
                : "Confusion matrix");
        JFreeChart chart = ChartStyle.chart(name, plot, false);
        if (n > 0) {
            NumberAxis scaleAxis = ChartStyle.axis(new NumberAxis(normalised ? "Share of actual class" : "Rows"));
            scaleAxis.setRange(0, upper);
            if (normalised) {
                scaleAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
            }
            else {
                scaleAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setMargin(new RectangleInsets(8, 8, 8, 8));
            legend.setStripWidth(12);
            legend.setStripOutlineVisible(true);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    /** White to dark blue, linear in the value; monotone in lightness so it reads without colour too. */
    static final class BlueScale implements PaintScale, Serializable {
        private static final long serialVersionUID = 1L;
        private static final int[] LIGHT = {0xF7, 0xFB, 0xFF};
        private static final int[] DARK = {0x08, 0x30, 0x6B};
        private final double upper;

        BlueScale(final double upper) {
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(final double value) {
            double t = Double.isFinite(value) ? Math.max(0, Math.min(1, value / upper)) : 0;
            return new Color(mix(0, t), mix(1, t), mix(2, t));
        }

        private static int mix(final int channel, final double t) {
            return (int) Math.round(LIGHT[channel] + (DARK[channel] - LIGHT[channel]) * t);
        }
    }

    /** The count divided by its row's total (recall per class on the diagonal); 0 for an empty row. */
    static double rowFraction(final ConfusionMatrix matrix, final int actual, final int predicted) {
        long total = 0;
        for (int column = 0; column < matrix.labels().size(); column++) {
            total += matrix.count(actual, column);
        }
        return total == 0 ? 0 : matrix.count(actual, predicted) / (double) total;
    }
}
