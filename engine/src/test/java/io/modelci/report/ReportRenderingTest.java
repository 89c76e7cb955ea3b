package io.modelci.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRenderingTest {
    private static final int W = 700;
    private static final int H = 340;

    @Test
    void shouldChooseChartsFromTheInput() {
        List<ReportChart> charts = ReportCharts.build(Fixtures.fullInput(), W, H);
        assertThat(charts).extracting(ReportChart::id).containsExactly("comparison", "trend", "trend-log_loss",
                "learning-curves", "confusion-matrix", "confusion-matrix-normalised", "roc", "precision-recall",
                "slices-device", "slices-region");
        assertThat(ReportCharts.build(ReportInput.of("t", EvaluationSummary.ofMetrics("regression", 3,
                new java.util.TreeMap<>(java.util.Map.of("rmse", 1.5)))), W, H)).isEmpty();
    }

    @Test
    void shouldBuildComparisonRowsFromTheVerdictAndBothEvaluations() {
        List<ComparisonRow> rows = ReportCharts.comparisonRows(Fixtures.fullInput());
        assertThat(rows).extracting(ComparisonRow::metric).containsExactly("roc_auc", "f1", "accuracy", "log_loss");
        ComparisonRow auc = rows.get(0);
        assertThat(auc.challengerLow()).isEqualTo(0.9081);
        assertThat(auc.championHigh()).isEqualTo(0.9074);
        assertThat(auc.deltaLow()).isEqualTo(0.0052);
        assertThat(rows.get(1).outcome()).isEqualTo(CheckOutcome.FAILED);
    }

    @Test
    void shouldMarkPromotionsAndChampionLevelsInTrends() {
        List<TrendChartData> trends = ReportCharts.trends(Fixtures.fullInput());
        assertThat(trends).hasSize(2);
        TrendChartData unit = trends.get(0);
        assertThat(unit.series()).extracting(TrendSeries::name).containsExactly("roc_auc", "f1", "accuracy");
        assertThat(unit.promotions()).extracting(Promotion::label).containsExactly("v2", "v3", "v4", "v5", "v6",
                "v7");
        assertThat(unit.series().get(0).championLevel()).as("the champion's evaluation today").isEqualTo(0.9031);
        assertThat(unit.series().get(1).points().get(4).value()).as("build 5 has no f1").isNaN();
        assertThat(trends.get(1).series().get(0).name()).isEqualTo("log_loss");
    }

    @Test
    void shouldRenderEveryChartOfAFullReport() {
        for (ReportChart chart : ReportCharts.build(Fixtures.fullInput(), W, H)) {
            ChartAssertions.assertRenders(chart.chart(), "report-" + chart.id(), chart.width(), chart.height());
        }
    }

    @Test
    void shouldWriteMarkdownWithVerdictChecksImagesAndDetails() {
        ReportInput input = Fixtures.fullInput();
        List<ReportChart> charts = ReportCharts.build(input, W, H);
        String md = MarkdownReport.render(input, charts, c -> "charts/" + c.id() + ".png");
        assertThat(md).startsWith("## ❌ REJECT — Churn model \\#128\n");
        assertThat(md).contains("**3 of 4 checks passed**");
        assertThat(md).contains("| ✓ | roc\\_auc | 0.9124 | 0.9031 | +0.0093 | 0.0052 .. 0.0131 | 0.0004 |");
        assertThat(md).contains("| ✗ | f1 | 0.7423 | 0.738 | +0.0043 | -0.0021 .. 0.0104 | 0.091 |");
        assertThat(md).contains("![Challenger vs champion](charts/comparison.png)");
        assertThat(md.indexOf("![Metrics across builds](charts/trend.png)"))
                .isLessThan(md.indexOf("<details><summary>More charts (7)</summary>\n\n![Learning curves]"));
        assertThat(md).contains("<details><summary>Slices by region (4)</summary>");
        assertThat(md).contains("| LATAM | 20 | *too small to evaluate* |  |  |");
        assertThat(md).contains("<details><summary>Lineage</summary>");
        assertThat(md).contains("| data.fingerprint | sha256:77ab01 |");
        // Every table row has as many cells as its header.
        for (String table : md.split("\n\n")) {
            List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
            if (!rows.isEmpty()) {
                long cells = cells(rows.get(0));
                rows.forEach(r -> assertThat(cells(r)).as(r).isEqualTo(cells));
            }
        }
    }

    @Test
    void shouldEscapeHostileNamesInMarkdown() {
        ReportInput input = Fixtures.hostileInput();
        String md = MarkdownReport.render(input, ReportCharts.build(input, W, H), c -> c.id() + ".png");
        assertThat(md).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>");
        assertThat(md).contains("a\\|b\\`c\\`");
        assertThat(md).contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
        for (String line : md.lines().filter(l -> l.startsWith("| ✗") || l.startsWith("| ✓")).toList()) {
            assertThat(cells(line)).as(line).isEqualTo(8);
        }
    }

    @Test
    void shouldWriteSelfContainedHtml() throws Exception {
        ReportInput input = Fixtures.fullInput();
        String html = HtmlReport.render(input, ReportCharts.build(input, W, H));
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("http://www.w3.org/1999/xlink\" href")
                .doesNotContain("src=\"http").doesNotContain("url(http").doesNotContain("@import");
        assertThat(count(html, "<svg")).isEqualTo(10);
        assertThat(html).contains("✗ REJECT").contains("<td class=\"fail\">✗ fail</td><td>f1</td>");
        assertThat(html).contains("<td>data.fingerprint</td><td>sha256:77ab01</td>");
        // Inlined SVGs must not share clip-path ids, or one chart would clip another.
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("duplicate id " + ids.group(1)).isTrue();
        }
        parseAsXml(html.replace("<!DOCTYPE html>", "").replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
                .replaceAll("(<meta [^>]*[^/])>", "$1/>"));
    }

    @Test
    void shouldEscapeHostileNamesInHtmlAndItsCharts() {
        ReportInput input = Fixtures.hostileInput();
        String html = HtmlReport.render(input, ReportCharts.build(input, W, H));
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .doesNotContain("onerror=alert(2)>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;model&quot;</title>");
        assertThat(html).contains("q&quot;uote&#39;s &amp; amp");
        assertThat(html).contains("better than &lt;b&gt;before&lt;/b&gt; &amp; &quot;quoted&quot;");
        assertThat(html).contains("lr&quot;&gt;&lt;script&gt;x&lt;/script&gt;");
        // The hostile names are drawn in the charts too, as escaped SVG text.
        assertThat(count(html, "alert(1)")).isGreaterThan(5);
    }

    private static void parseAsXml(final String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        NodeList svgs = document.getElementsByTagName("svg");
        assertThat(svgs.getLength()).isEqualTo(10);
    }

    private static long cells(final String row) {
        return row.replace("\\|", "").chars().filter(c -> c == '|').count() - 1;
    }

    private static int count(final String text, final String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
