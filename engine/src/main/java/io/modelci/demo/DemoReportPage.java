package io.modelci.demo;

import io.modelci.gate.CheckResult;
import io.modelci.gate.Outcome;
import io.modelci.gate.Verdict;
import io.modelci.registry.AliasEvent;
import io.modelci.report.ChartImages;
import io.modelci.report.Escape;
import io.modelci.report.Formats;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Locale;

/** The demo report's text: the same content as Markdown (charts as PNG links) and as one HTML file (inline SVG). */
final class DemoReportPage {
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',"
            + "sans-serif;margin:0 auto;max-width:1060px;padding:24px;color:#1b1b1b;line-height:1.45}"
            + "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd}"
            + "table{border-collapse:collapse;margin:.6em 0;font-size:.9em}"
            + "th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f4f6f8}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}.promote{color:#005A8C;font-weight:700}"
            + ".reject{color:#B35900;font-weight:700}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}"
            + "svg{max-width:100%;height:auto}.muted{color:#666}";

    /** A chart of the report, written as {@code <id>.png} and inlined in the HTML. */
    record Figure(String id, String title, JFreeChart chart, int width, int height) {
        byte[] png() {
            return ChartImages.png(chart, width, height);
        }

        String svg() {
            return ChartImages.svgElement(chart, width, height, id + "-");
        }
    }

    /** One version's line in the versions table. */
    record Row(int version, String candidate, String options, double auc, double low, double high,
            Integer comparedWith, Verdict verdict, boolean promoted, boolean hasOwnReport) {
        String decision() {
            return verdict == null ? "-" : verdict.decision().name();
        }

        String reason() {
            if (verdict == null) {
                return "";
            }
            if (verdict.promotes()) {
                return DemoStory.gateSummary(verdict);
            }
            // A rejection is explained by the overall checks that failed; failed slices are counted.
            List<CheckResult> failed = verdict.checks().stream().filter(c -> c.outcome() == Outcome.FAIL).toList();
            StringBuilder text = new StringBuilder().append(failed.size()).append(" of ")
                    .append(verdict.checks().size()).append(" checks failed");
            failed.stream().filter(c -> c.slice() == null).forEach(c -> text.append("; ").append(c.reason()));
            long slices = failed.stream().filter(c -> c.slice() != null).count();
            if (slices > 0) {
                text.append("; and in ").append(slices).append(slices == 1 ? " slice" : " slices");
            }
            return text.toString();
        }
    }

    private final List<Row> rows;
    private final int champion;
    private final List<AliasEvent> history;
    private final List<Figure> figures;

    DemoReportPage(final List<Row> rows, final int champion, final List<AliasEvent> history,
            final List<Figure> figures) {
        this.rows = rows;
        this.champion = champion;
        this.history = history;
        this.figures = figures;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Model CI demo: the churn model, v1 to v").append(rows.size()).append("\n\n");
        md.append("Champion: **v").append(champion).append("**. Every candidate was trained as its own process, "
                + "evaluated on the same ").append("holdout rows, and judged by the gate under `policy.yaml`.\n\n");
        md.append("## Versions\n\n| version | candidate | trainer options | holdout roc_auc (95% CI) | compared with "
                + "| gate | why |\n|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.hasOwnReport ? "[v" + row.version + "](v" + row.version + "/report.md)"
                    : "v" + row.version).append(row.promoted ? " ◆" : "").append(" | ")
                    .append(Escape.markdownCell(row.candidate)).append(" | `")
                    .append(row.options.replace("|", "\\|")).append("` | ").append(auc(row)).append(" | ")
                    .append(row.comparedWith == null ? "no champion" : "v" + row.comparedWith).append(" | ")
                    .append(mark(row)).append(row.decision()).append(" | ").append(Escape.markdownCell(row.reason()))
                    .append(" |\n");
        }
        md.append("\n◆ = promoted to champion.\n");
        for (Figure figure : figures) {
            md.append("\n## ").append(Escape.markdown(figure.title())).append("\n\n![")
                    .append(Escape.markdown(figure.title())).append("](").append(figure.id()).append(".png)\n");
        }
        md.append("\n## Champion alias history (the registry's audit trail)\n\n"
                + "| event | when | from | to | who | why | verdict |\n|---|---|---|---|---|---|---|\n");
        for (AliasEvent event : history) {
            md.append("| ").append(event.id()).append(" | ").append(event.at()).append(" | ")
                    .append(version(event.fromVersion())).append(" | ").append(version(event.toVersion()))
                    .append(" | ").append(Escape.markdownCell(event.who())).append(" | ")
                    .append(Escape.markdownCell(event.reason())).append(" | ")
                    .append(event.verdict() == null ? "-" : "recorded").append(" |\n");
        }
        return md.toString();
    }

    String html() {
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>Model CI demo: the churn model</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>Model CI demo: the churn model, v1 to v").append(rows.size())
                .append("</h1>\n<p>Champion: <b>v").append(champion).append("</b>. Every candidate was trained as "
                        + "its own process, evaluated on the same holdout rows, and judged by the gate under "
                        + "<code>policy.yaml</code>.</p>\n");
        html.append("<h2>Versions</h2>\n<table>\n<tr><th>version</th><th>candidate</th><th>trainer options</th>"
                + "<th>holdout roc_auc (95% CI)</th><th>compared with</th><th>gate</th><th>why</th></tr>\n");
        for (Row row : rows) {
            String css = row.verdict == null ? "" : row.verdict.promotes() ? " class=\"promote\"" : " class=\"reject\"";
            html.append("<tr><td>").append("v").append(row.version).append(row.promoted ? " ◆" : "")
                    .append("</td><td>").append(Escape.html(row.candidate)).append("</td><td><code>")
                    .append(Escape.html(row.options)).append("</code></td><td class=\"num\">").append(auc(row))
                    .append("</td><td>").append(row.comparedWith == null ? "no champion" : "v" + row.comparedWith)
                    .append("</td><td").append(css).append(">").append(mark(row)).append(row.decision())
                    .append("</td><td>").append(Escape.html(row.reason()));
            if (row.hasOwnReport) {
                html.append(" (<a href=\"v").append(row.version).append("/report.html\">full report</a>)");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n<p class=\"muted\">◆ = promoted to champion.</p>\n");
        for (Figure figure : figures) {
            html.append("<h2>").append(Escape.html(figure.title())).append("</h2>\n<figure id=\"")
                    .append(Escape.html(figure.id())).append("\">\n").append(figure.svg()).append("\n</figure>\n");
        }
        html.append("<h2>Champion alias history (the registry's audit trail)</h2>\n<table>\n<tr><th>event</th>"
                + "<th>when</th><th>from</th><th>to</th><th>who</th><th>why</th><th>verdict</th></tr>\n");
        for (AliasEvent event : history) {
            html.append("<tr><td class=\"num\">").append(event.id()).append("</td><td>").append(event.at())
                    .append("</td><td>").append(version(event.fromVersion())).append("</td><td>")
                    .append(version(event.toVersion())).append("</td><td>").append(Escape.html(event.who()))
                    .append("</td><td>").append(Escape.html(event.reason())).append("</td><td>")
                    .append(event.verdict() == null ? "-" : "recorded").append("</td></tr>\n");
        }
        html.append("</table>\n<p class=\"muted\">Generated by <code>modelci demo</code>.</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String auc(final Row row) {
        if (Double.isNaN(row.auc)) {
            return "–";
        }
        return Double.isNaN(row.low) ? Formats.number(row.auc)
                : String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", row.auc, row.low, row.high);
    }

    private static String mark(final Row row) {
        return row.verdict == null ? "" : row.verdict.promotes() ? "✓ " : "✗ ";
    }

    private static String version(final Integer version) {
        return version == null ? "-" : "v" + version;
    }
}
