package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * ROC and precision-recall curves with several models overlaid: the first (the challenger) solid blue, the second
 * (the champion) dashed orange, and so on; the chance level is a dotted grey line.
 */
public final class CurveChart {
    private CurveChart() {
    }

    /** ROC curves with the diagonal of a random classifier. */
    public static JFreeChart roc(final String title, final List<Curve> curves) {
        XYPlot plot = plot(curves, "False positive rate", "True positive rate", "AUC");
        plot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, ChartStyle.dashed(1f, 2f, 3f), ChartStyle.GREY));
        return ChartStyle.chart(ChartStyle.nonBlank(title, "ROC curve"), plot, true);
    }

    /**
     * Precision-recall curves.
     *
     * @param positiveRate the share of positives, drawn as the chance level; NaN for none
     */
    public static JFreeChart precisionRecall(final String title, final List<Curve> curves,
            final double positiveRate) {
        XYPlot plot = plot(curves, "Recall", "Precision", "AP");
        if (Double.isFinite(positiveRate)) {
            plot.addAnnotation(new XYLineAnnotation(0, positiveRate, 1, positiveRate, ChartStyle.dashed(1f, 2f, 3f),
                    ChartStyle.GREY));
        }
        return ChartStyle.chart(ChartStyle.nonBlank(title, "Precision-recall curve"), plot, true);
    }

    private static XYPlot plot(final List<Curve> curves, final String xLabel, final String yLabel,
            final String areaName) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        LegendItemCollection legend = new LegendItemCollection();
        int index = 0;
        for (Curve curve : curves == null ? List.<Curve>of() : curves) {
            if (curve.x().length == 0) {
                continue;
            }
            String key = curve.name();
            for (int n = 2; dataset.indexOf(key) >= 0; n++) {
                key = curve.name() + " (" + n + ")";
            }
            dataset.addSeries(key, curve.arrays());
            Color colour = ChartStyle.seriesColor(index);
            Stroke stroke = ChartStyle.seriesStroke(index, 2.2f);
            renderer.setSeriesPaint(index, colour);
            renderer.setSeriesStroke(index, stroke);
            String label = Double.isFinite(curve.area()) ? key + " (" + areaName + " " + Formats.number(curve.area())
                    + ")" : key;
            legend.add(TrendChart.lineItem(label, colour, stroke, null));
            index++;
        }
        NumberAxis x = unitAxis(xLabel);
        NumberAxis y = unitAxis(yLabel);
        XYPlot plot = new XYPlot(index == 0 ? null : dataset, x, y, renderer);
        ChartStyle.grid(plot);
        plot.setFixedLegendItems(legend);
        return plot;
    }

    private static NumberAxis unitAxis(final String label) {
        NumberAxis axis = ChartStyle.axis(new NumberAxis(label));
        axis.setRange(-0.01, 1.01);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        return axis;
    }
}
