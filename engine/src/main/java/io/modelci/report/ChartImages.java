package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.MeetOrSlice;
import org.jfree.graphics2d.svg.PreserveAspectRatio;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.ViewBox;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Renders a chart to PNG bytes or SVG text. Headless: no display is needed (or used).
 *
 * <p>The same {@link JFreeChart} objects can be handed to Jenkins' {@code hudson.util.Graph}, so a build page and
 * a report draw exactly the same picture.
 */
public final class ChartImages {
    static {
        // Set before any AWT class initialises a toolkit; CI machines and Jenkins controllers have no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Smallest sensible chart side in pixels; smaller requests are an input error. */
    public static final int MIN_SIDE = 50;
    /** Largest chart side in pixels, to keep a typo from allocating gigabytes. */
    public static final int MAX_SIDE = 8000;

    private ChartImages() {
    }

    /** The chart as PNG bytes of {@code width} x {@code height} pixels. */
    public static byte[] png(final JFreeChart chart, final int width, final int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height), null, null);
        }
        finally {
            graphics.dispose();
        }
        return PngEncoder.encode(image);
    }

    /**
     * The chart as a standalone SVG document of {@code width} x {@code height} user units.
     *
     * @param idPrefix prefix for the ids of clip paths and gradients, so several SVGs can be inlined in one HTML page
     *         without their ids colliding; letters, digits, '-' and '_' only
     */
    public static String svg(final JFreeChart chart, final int width, final int height, final String idPrefix) {
        return svgElement(chart, width, height, idPrefix, true);
    }

    /** The chart as an {@code <svg>} element without the XML prolog, for inlining in HTML. */
    public static String svgElement(final JFreeChart chart, final int width, final int height,
            final String idPrefix) {
        return svgElement(chart, width, height, idPrefix, false);
    }

    private static String svgElement(final JFreeChart chart, final int width, final int height,
            final String idPrefix, final boolean document) {
        checkSize(width, height);
        String prefix = idPrefix == null || idPrefix.isEmpty() ? "chart" : idPrefix.replaceAll("[^A-Za-z0-9_-]", "_");
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        // Deterministic ids (the default prefix is time-based), unique per chart.
        graphics.setDefsKeyPrefix(prefix + "_");
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height), null, null);
        // A viewBox lets a page scale the chart (max-width: 100%) without clipping it.
        String element = graphics.getSVGElement(prefix, true, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        if (!document) {
            return element;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    private static void checkSize(final int width, final int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw io.modelci.InputException.ofField("size", "chart size " + width + "x" + height
                    + " is outside " + MIN_SIDE + ".." + MAX_SIDE + " pixels");
        }
    }
}
