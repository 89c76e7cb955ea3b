package io.modelci.report;

import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on rendered charts: the PNG decodes, has the asked size and is not blank; the SVG is XML. */
final class ChartAssertions {
    /** Where rendered test charts are kept for a person to look at. */
    static final Path PREVIEWS = Path.of("target", "chart-previews");

    private ChartAssertions() {
    }

    /** Renders the chart to PNG and SVG, checks both, keeps copies under target/chart-previews; returns the image. */
    static BufferedImage assertRenders(final JFreeChart chart, final String name, final int width, final int height) {
        byte[] png = ChartImages.png(chart, width, height);
        BufferedImage image = assertPng(png, width, height);
        String svg = ChartImages.svg(chart, width, height, name);
        assertSvg(svg, width, height);
        try {
            Files.createDirectories(PREVIEWS);
            Files.write(PREVIEWS.resolve(name + ".png"), png);
            Files.writeString(PREVIEWS.resolve(name + ".svg"), svg);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }

    static BufferedImage assertPng(final byte[] png, final int width, final int height) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(image).as("decoded PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(distinctColours(image)).as("distinct colours").isGreaterThan(8);
        assertThat(nonWhiteFraction(image)).as("fraction of non-white pixels").isGreaterThan(0.01);
        return image;
    }

    static Document assertSvg(final String svg, final int width, final int height) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            if (width > 0) {
                assertThat(document.getDocumentElement().getAttribute("width")).startsWith(String.valueOf(width));
                assertThat(document.getDocumentElement().getAttribute("height")).startsWith(String.valueOf(height));
                assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + width + " " + height);
            }
            assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
            return document;
        }
        catch (Exception e) {
            throw new AssertionError("SVG does not parse as XML: " + e, e);
        }
    }

    static int distinctColours(final BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    static double nonWhiteFraction(final BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count / (double) (image.getWidth() * image.getHeight());
    }

    /** Whether any pixel is close to {@code rgb}: proves a colour-coded element was drawn. */
    static boolean hasColour(final BufferedImage image, final int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) < 6
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 6
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) < 6) {
                    return true;
                }
            }
        }
        return false;
    }
}
