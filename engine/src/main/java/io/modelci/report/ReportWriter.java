package io.modelci.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report to a folder: {@code report.md}, {@code report.html}, and each chart as {@code <id>.png} and
 * {@code <id>.svg}. Every file is written to a temporary name and moved into place, so a reader never sees half
 * a file.
 */
public final class ReportWriter {
    /** Default width of a wide chart, in pixels. */
    public static final int DEFAULT_WIDTH = 900;
    /** Default height of a chart, in pixels. */
    public static final int DEFAULT_HEIGHT = 420;

    private ReportWriter() {
    }

    /** Writes the report; returns the paths written, report.md and report.html first. */
    public static List<Path> write(final ReportInput input, final Path directory, final int width,
            final int height) {
        List<ReportChart> charts = ReportCharts.build(input, width, height);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            written.add(writeText(directory.resolve("report.md"),
                    MarkdownReport.render(input, charts, chart -> chart.id() + ".png")));
            written.add(writeText(directory.resolve("report.html"), HtmlReport.render(input, charts)));
            for (ReportChart chart : charts) {
                written.add(writeBytes(directory.resolve(chart.id() + ".png"), chart.png()));
                written.add(writeText(directory.resolve(chart.id() + ".svg"), chart.svg()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static Path writeText(final Path file, final String text) throws IOException {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path writeBytes(final Path file, final byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
