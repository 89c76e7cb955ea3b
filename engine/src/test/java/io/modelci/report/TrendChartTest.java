package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.modelci.report.ChartAssertions.assertRenders;
import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTest {
    static TrendChartData sample(final int builds, final int metrics) {
        Random random = new Random(42);
        String[] names = {"roc_auc", "f1", "accuracy", "precision", "recall", "average_precision"};
        double[] base = {0.86, 0.71, 0.81, 0.68, 0.75, 0.7};
        List<TrendSeries> series = new ArrayList<>();
        List<Promotion> promotions = new ArrayList<>();
        for (int b = 1; b <= builds; b++) {
            if (b % Math.max(3, builds / 8) == 0) {
                promotions.add(new Promotion(b, "v" + (promotions.size() + 2)));
            }
        }
        for (int m = 0; m < metrics; m++) {
            List<TrendPoint> points = new ArrayList<>();
            double level = base[m % base.length];
            for (int b = 1; b <= builds; b++) {
                level += (random.nextDouble() - 0.45) * 0.004;
                if (b % 7 == 3 && m == 1) {
                    points.add(TrendPoint.gap(b));
                }
                else {
                    points.add(new TrendPoint(b, level + random.nextGaussian() * 0.006));
                }
            }
            series.add(new TrendSeries(names[m % names.length], points, level - 0.004));
        }
        return new TrendChartData("Metric trend", TrendChartData.XAxis.BUILD, series, promotions);
    }

    @Test
    void shouldDrawSeveralMetricsWithPromotionsAndChampionLevels() {
        JFreeChart chart = TrendChart.create(sample(40, 3));
        BufferedImage image = assertRenders(chart, "trend-40", 800, 400);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(3);
        assertThat(plot.getDomainMarkers(org.jfree.ui.Layer.BACKGROUND)).hasSize(8);
        assertThat(plot.getRangeMarkers(org.jfree.ui.Layer.BACKGROUND)).hasSize(3);
        assertThat(chart.getLegend()).isNotNull();
        assertThat(ChartAssertions.hasColour(image, ChartStyle.BLUE.getRGB())).isTrue();
        assertThat(ChartAssertions.hasColour(image, ChartStyle.ORANGE.getRGB())).isTrue();
    }

    @Test
    void shouldStayLegibleWithAThousandBuilds() {
        JFreeChart chart = TrendChart.create(sample(1000, 5));
        assertRenders(chart, "trend-1000", 1000, 450);
        assertThat(((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).getBaseShapesVisible()).isFalse();
    }

    @Test
    void shouldBreakTheLineAtAGap() {
        double[][] arrays = TrendChart.sortedArrays(List.of(new TrendPoint(3, 0.5), TrendPoint.gap(2),
                new TrendPoint(1, 0.4), new TrendPoint(4, Double.POSITIVE_INFINITY)));
        assertThat(arrays[0]).containsExactly(1, 2, 3, 4);
        assertThat(arrays[1][0]).isEqualTo(0.4);
        assertThat(arrays[1][1]).isNaN();
        assertThat(arrays[1][3]).isNaN();
    }

    @Test
    void shouldDrawNoDataForEmptyAndAllGapInput() {
        assertRenders(TrendChart.create(new TrendChartData(null, null, null, null)), "trend-empty", 400, 300);
        JFreeChart allGaps = TrendChart.create(new TrendChartData("t", TrendChartData.XAxis.DATE,
                List.of(new TrendSeries("m", List.of(TrendPoint.gap(1)))), List.of(new Promotion(1, "v1"))));
        assertRenders(allGaps, "trend-gaps", 400, 300);
        assertThat(allGaps.getXYPlot().getDataset()).isNull();
        assertThat(allGaps.getXYPlot().getNoDataMessage()).isEqualTo("no data");
    }

    @Test
    void shouldDrawASinglePointOnADateAxis() {
        JFreeChart chart = TrendChart.create(new TrendChartData("one", TrendChartData.XAxis.DATE,
                List.of(new TrendSeries("rmse", List.of(new TrendPoint(1.7e12, 3.2)), 3.2)), List.of()));
        assertRenders(chart, "trend-single", 500, 300);
        assertThat(chart.getXYPlot().getRangeAxis().getRange().contains(3.2)).isTrue();
    }
}
