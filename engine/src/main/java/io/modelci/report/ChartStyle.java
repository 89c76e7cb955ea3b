package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The look shared by every chart: the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies), one font family, light grid lines, and a shape per series so that colour is never the only cue.
 */
public final class ChartStyle {
    /** Challenger, passed checks, the first series. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Champion, failed checks, the second series. */
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final Color GREY = new Color(0x77, 0x77, 0x77);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    /** Series colours in order; the last entries are the least distinct and come last on purpose. */
    private static final Color[] SERIES = {BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE,
            Color.BLACK, YELLOW};

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font NO_DATA_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 16);

    /** What a chart with nothing to draw says instead. */
    public static final String NO_DATA = "no data";

    static {
        // Before any AWT toolkit starts: CI machines and Jenkins controllers have no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartStyle() {
    }

    /** The colour of the series at {@code index}, cycling through the palette. */
    public static Color seriesColor(final int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    /** A distinct marker shape per series index: circle, square, triangle, diamond, cross, down-triangle. */
    public static Shape seriesShape(final int index, final double size) {
        double h = size / 2;
        switch (Math.floorMod(index, 6)) {
            case 0:
                return new Ellipse2D.Double(-h, -h, size, size);
            case 1:
                return new Rectangle2D.Double(-h, -h, size, size);
            case 2:
                return polygon(0, -h, h, h, -h, h);
            case 3:
                return polygon(0, -h, h, 0, 0, h, -h, 0);
            case 4:
                return cross(h);
            default:
                return polygon(-h, -h, h, -h, 0, h);
        }
    }

    /** A dash pattern per series index so that lines differ without colour too. */
    public static Stroke seriesStroke(final int index, final float width) {
        switch (Math.floorMod(index, 4)) {
            case 0:
                return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case 1:
                return dashed(width, 6f, 3f);
            case 2:
                return dashed(width, 2f, 2f);
            default:
                return dashed(width, 8f, 3f, 2f, 3f);
        }
    }

    /** A dashed stroke. */
    public static Stroke dashed(final float width, final float... pattern) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    static Shape polygon(final double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Shape cross(final double h) {
        double t = h / 3;
        return polygon(-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t, -t);
    }

    /** Wraps a plot in a chart with the house title, legend and background. */
    static JFreeChart chart(final String title, final Plot plot, final boolean legend) {
        JFreeChart chart = new JFreeChart(title == null || title.isBlank() ? " " : title, TITLE_FONT, plot,
                legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle textTitle = chart.getTitle();
        textTitle.setPaint(Color.BLACK);
        textTitle.setPadding(new RectangleInsets(4, 4, 6, 4));
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LABEL_FONT);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Color.WHITE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(NO_DATA_FONT);
        plot.setNoDataMessagePaint(GREY);
        return chart;
    }

    /** Light grid lines on an XY plot. */
    static void grid(final XYPlot plot) {
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Axis fonts and colours. */
    static <A extends Axis> A axis(final A axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.DARK_GRAY);
        axis.setAxisLinePaint(GREY);
        axis.setTickMarkPaint(GREY);
        return axis;
    }

    /** A readable name for possibly missing text. */
    static String nonBlank(final String text, final String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
