package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static io.modelci.report.ChartAssertions.assertRenders;
import static org.assertj.core.api.Assertions.assertThat;

class ComparisonChartTest {
    static List<ComparisonRow> sample() {
        return List.of(
                new ComparisonRow("roc_auc", 0.912, 0.905, 0.919, 0.903, 0.896, 0.910, 0.009, 0.0052, 0.0127,
                        CheckOutcome.PASSED),
                new ComparisonRow("f1", 0.742, 0.731, 0.754, 0.738, 0.726, 0.750, 0.004, -0.0021, 0.0098,
                        CheckOutcome.FAILED),
                new ComparisonRow("accuracy", 0.861, 0.854, 0.868, 0.858, 0.851, 0.865, 0.003, -0.001, 0.007,
                        CheckOutcome.PASSED),
                ComparisonRow.of("recall", 0.70, Double.NaN, CheckOutcome.NOT_CHECKED));
    }

    @Test
    void shouldDrawValuesAndDeltasWithOutcomeColours() {
        JFreeChart chart = ComparisonChart.create("Challenger vs champion", sample());
        BufferedImage image = assertRenders(chart, "comparison", 900, 360);
        List<?> panels = ((CombinedRangeXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels).hasSize(2);
        XYPlot deltas = (XYPlot) panels.get(1);
        assertThat(deltas.getDataset().getItemCount(0)).as("passed").isEqualTo(2);
        assertThat(deltas.getDataset().getItemCount(1)).as("failed").isEqualTo(1);
        assertThat(deltas.getAnnotations()).hasSize(3);
        assertThat(ChartAssertions.hasColour(image, ChartStyle.BLUE.getRGB())).isTrue();
        assertThat(ChartAssertions.hasColour(image, ChartStyle.ORANGE.getRGB())).isTrue();
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void shouldDrawNoDataWithoutRows() {
        assertRenders(ComparisonChart.create(null, List.of()), "comparison-empty", 500, 300);
        assertRenders(ComparisonChart.create("nan", List.of(ComparisonRow.of("m", Double.NaN, Double.NaN, null))),
                "comparison-nan", 500, 300);
    }
}
