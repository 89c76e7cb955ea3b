package io.modelci.report;

import io.modelci.eval.ConfusionMatrix;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.modelci.report.ChartAssertions.assertRenders;
import static org.assertj.core.api.Assertions.assertThat;

class OtherChartsTest {
    static List<LearningCurve> learningCurves() {
        int epochs = 60;
        double[] loss = new double[epochs];
        double[] valLoss = new double[epochs];
        double[] acc = new double[epochs];
        double[] valAcc = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            loss[e] = 2.3 * Math.exp(-e / 9.0) + 0.05 + 0.01 * Math.sin(e);
            valLoss[e] = 2.3 * Math.exp(-e / 11.0) + 0.18 + 0.0025 * Math.max(0, e - 30) + 0.015 * Math.cos(e);
            acc[e] = 0.98 - 0.88 * Math.exp(-e / 8.0);
            valAcc[e] = 0.93 - 0.83 * Math.exp(-e / 10.0);
        }
        return List.of(LearningCurve.of("loss", loss), LearningCurve.of("val_loss", valLoss),
                LearningCurve.of("accuracy", acc), LearningCurve.of("val_accuracy", valAcc));
    }

    @Test
    void shouldPairTrainingAndValidationCurves() {
        JFreeChart chart = LearningCurveChart.create("Learning curves", learningCurves(), false, "Epoch");
        BufferedImage image = assertRenders(chart, "learning-curves", 800, 400);
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(1))
                .isEqualTo(chart.getXYPlot().getRenderer().getSeriesPaint(0));
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(2)).isEqualTo(ChartStyle.ORANGE);
        assertThat(ChartAssertions.hasColour(image, ChartStyle.BLUE.getRGB())).isTrue();
        assertThat(LearningCurveChart.baseName("val_loss")).isEqualTo("loss");
        assertThat(LearningCurveChart.baseName("val_")).isEqualTo("val_");
    }

    @Test
    void shouldDrawOnALogScaleSkippingNonPositiveValues() {
        List<LearningCurve> curves = new ArrayList<>(learningCurves().subList(0, 2));
        curves.add(LearningCurve.of("zeros", 0, -1, 0));
        JFreeChart chart = LearningCurveChart.create("Loss (log)", curves, true, null);
        assertRenders(chart, "learning-curves-log", 700, 400);
        assertThat(chart.getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).as("the all-zero series is left out").isEqualTo(2);
    }

    @Test
    void shouldDrawConfusionMatricesAsCountsAndRowShares() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("cat", "dog", "bird"),
                new long[][] {{950, 40, 10}, {60, 880, 60}, {5, 15, 80}});
        JFreeChart counts = ConfusionMatrixChart.create(null, matrix, false);
        assertRenders(counts, "confusion-counts", 560, 460);
        JFreeChart shares = ConfusionMatrixChart.create(null, matrix, true);
        assertRenders(shares, "confusion-normalised", 560, 460);
        List<String> texts = shares.getXYPlot().getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertThat(texts).contains("95.0%", "88.0%", "80.0%");
        List<String> countTexts = counts.getXYPlot().getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertThat(countTexts).contains("950", "880", "80");
        EvaluationSummary binary = EvaluationSummary.ofMetrics("binary", 15,
                new TreeMap<>(Map.of("tn", 5.0, "fp", 1.0, "fn", 2.0, "tp", 7.0)));
        assertThat(binary.confusion()).hasValue(new ConfusionMatrix(List.of("0", "1"), new long[][] {{5, 1}, {2, 7}}));
    }

    @Test
    void shouldOverlayRocAndPrecisionRecallCurves() {
        Curve challenger = new Curve("challenger", new double[] {0, 0.05, 0.1, 0.3, 1},
                new double[] {0, 0.6, 0.78, 0.93, 1}, 0.91);
        Curve champion = new Curve("champion", new double[] {0, 0.05, 0.1, 0.3, 1},
                new double[] {0, 0.5, 0.7, 0.9, 1}, 0.88);
        JFreeChart roc = CurveChart.roc(null, List.of(challenger, champion));
        BufferedImage image = assertRenders(roc, "roc", 500, 460);
        assertThat(roc.getXYPlot().getLegendItems().get(0).getLabel()).isEqualTo("challenger (AUC 0.91)");
        assertThat(ChartAssertions.hasColour(image, ChartStyle.ORANGE.getRGB())).isTrue();
        Curve pr = new Curve("challenger", new double[] {0, 0.5, 0.8, 1}, new double[] {1, 0.9, 0.7, 0.3}, 0.8);
        assertRenders(CurveChart.precisionRecall(null, List.of(pr), 0.3), "pr", 500, 460);
    }

    @Test
    void shouldMarkSlicesBelowTheThreshold() {
        List<SliceValue> slices = List.of(new SliceValue("region=EU", 0.91, 4200), new SliceValue("region=US", 0.88,
                5100), new SliceValue("region=APAC", 0.79, 900), new SliceValue("region=LATAM", Double.NaN, 12));
        JFreeChart chart = SliceChart.create(null, "roc_auc", slices, 0.85, "min_value", true);
        BufferedImage image = assertRenders(chart, "slices", 700, 320);
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(2);
        assertThat(chart.getXYPlot().getDataset().getItemCount(1)).isEqualTo(1);
        assertThat(ChartAssertions.hasColour(image, ChartStyle.ORANGE.getRGB())).isTrue();
        assertThat(SliceChart.passes(0.2, 0.3, false)).isTrue();
    }

    @Test
    void shouldDrawNoDataForEveryEmptyChart() {
        assertRenders(LearningCurveChart.create(null, List.of()), "learning-empty", 400, 300);
        assertRenders(LearningCurveChart.create(null, null, true, null), "learning-empty-log", 400, 300);
        assertRenders(ConfusionMatrixChart.create(null, null, true), "confusion-empty", 400, 300);
        assertRenders(CurveChart.roc(null, List.of(new Curve("x", null, null, Double.NaN))), "roc-empty", 400, 300);
        assertRenders(CurveChart.precisionRecall(null, null, Double.NaN), "pr-empty", 400, 300);
        assertRenders(SliceChart.create(null, null, null, Double.NaN, null, true), "slices-empty", 400, 300);
        assertRenders(SliceChart.create(null, "m", List.of(new SliceValue("a", Double.NaN, 3)), 0.5, null, true),
                "slices-small", 400, 300);
    }

    @Test
    void shouldDrawLargeMatricesWithoutCellText() {
        int n = 30;
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[n][n];
        for (int i = 0; i < n; i++) {
            labels.add("class_" + i);
            for (int j = 0; j < n; j++) {
                counts[i][j] = i == j ? 100 + i : (i * j) % 7;
            }
        }
        JFreeChart chart = ConfusionMatrixChart.create(null, new ConfusionMatrix(labels, counts), true);
        assertRenders(chart, "confusion-30", 700, 600);
        assertThat(chart.getXYPlot().getAnnotations()).isEmpty();
    }
}
