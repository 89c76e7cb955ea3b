package io.modelci.report;

import org.jfree.chart.JFreeChart;

/**
 * A chart of a report with the file name it is written under.
 *
 * @param id the file stem ({@code comparison}, {@code trend}, {@code slices-region}); safe as a file name
 * @param title what the chart shows, used as alt text and heading
 * @param chart the chart itself, ready for {@link ChartImages} or Jenkins' {@code hudson.util.Graph}
 * @param width pixels
 * @param height pixels
 */
public record ReportChart(String id, String title, JFreeChart chart, int width, int height) {
    /** The chart as PNG bytes at its size. */
    public byte[] png() {
        return ChartImages.png(chart, width, height);
    }

    /** The chart as a standalone SVG document at its size. */
    public String svg() {
        return ChartImages.svg(chart, width, height, id);
    }

    /** The chart as an inline {@code <svg>} element at its size. */
    public String svgElement() {
        return ChartImages.svgElement(chart, width, height, id);
    }
}
