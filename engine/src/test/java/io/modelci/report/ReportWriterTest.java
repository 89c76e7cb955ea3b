package io.modelci.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteMarkdownHtmlAndEveryChartAsPngAndSvg() throws Exception {
        List<Path> written = ReportWriter.write(Fixtures.fullInput(), dir.resolve("out"), 640, 320);
        assertThat(written.get(0).getFileName().toString()).isEqualTo("report.md");
        assertThat(written.get(1).getFileName().toString()).isEqualTo("report.html");
        assertThat(written).hasSize(2 + 2 * 10);
        for (Path file : written) {
            assertThat(file).exists();
            String name = file.getFileName().toString();
            if (name.endsWith(".png")) {
                BufferedImageCheck.check(file);
            }
            else if (name.endsWith(".svg")) {
                ChartAssertions.assertSvg(Files.readString(file), 0, 0);
            }
        }
        String md = Files.readString(dir.resolve("out/report.md"));
        try (Stream<String> links = md.lines().filter(l -> l.startsWith("!["))) {
            links.forEach(l -> assertThat(dir.resolve("out").resolve(l.substring(l.indexOf("](") + 2,
                    l.length() - 1))).exists());
        }
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        Files.createDirectories(ChartAssertions.PREVIEWS);
        Files.copy(dir.resolve("out/report.html"), ChartAssertions.PREVIEWS.resolve("report.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("out/report.md"), ChartAssertions.PREVIEWS.resolve("report.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void shouldWriteAReportOfAnEvaluationAlone() throws Exception {
        ReportInput input = ReportInput.of(null, ReportInputReader.readEvaluation(Fixtures.file("evaluation.json")));
        List<Path> written = ReportWriter.write(input, dir, 500, 300);
        assertThat(written).extracting(p -> p.getFileName().toString()).contains("report.md", "report.html",
                "confusion-matrix.png", "roc.svg", "slices-region.png");
        assertThat(Files.readString(dir.resolve("report.md"))).startsWith("## 📊 Model report\n");
    }

    /** PNG checks at whatever size the report chose. */
    static final class BufferedImageCheck {
        static void check(final Path png) throws Exception {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertThat(image).isNotNull();
            ChartAssertions.assertPng(Files.readAllBytes(png), image.getWidth(), image.getHeight());
            assertThat(image.getWidth()).isBetween(300, 640);
        }
    }
}
