package io.modelci.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The report as Markdown for a pull-request comment (in the style of CML): the verdict first, the checks as a
 * table, the charts as relative image links, and slices, lineage and warnings folded in {@code <details>}.
 * Renders on GitHub and GitLab alike: only tables, images, emphasis and {@code <details>} are used.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /**
     * @param charts the report's charts
     * @param imageLink maps a chart to the relative path (or URL) of its image; its result is used as given
     */
    public static String render(final ReportInput input, final List<ReportChart> charts,
            final java.util.function.Function<ReportChart, String> imageLink) {
        StringBuilder md = new StringBuilder(4096);
        VerdictSummary verdict = input.verdict();
        md.append("## ").append(headline(verdict)).append(Escape.markdown(input.title())).append("\n\n");
        EvaluationSummary eval = input.evaluation();
        md.append(summaryLine(input)).append("\n\n");
        if (verdict != null && !verdict.checks().isEmpty()) {
            md.append("| | Check | Challenger | Champion | Δ | Interval of Δ | p | Reason |\n");
            md.append("|:-:|---|--:|--:|--:|:-:|--:|---|\n");
            for (CheckResult check : verdict.checks()) {
                md.append("| ").append(check.passed() ? "✓" : "✗")
                        .append(" | ").append(Escape.markdownCell(check.label()))
                        .append(" | ").append(Formats.number(check.challenger()))
                        .append(" | ").append(Formats.number(check.champion()))
                        .append(" | ").append(Formats.signed(check.delta()))
                        .append(" | ").append(Escape.markdownCell(
                                Formats.interval(check.interval().low(), check.interval().high())))
                        .append(" | ").append(Formats.number(check.pValue()))
                        .append(" | ").append(Escape.markdownCell(check.reason())).append(" |\n");
            }
            md.append('\n');
        }
        // The comparison and the trends answer "is it better?"; the rest is folded so the comment stays short.
        List<ReportChart> headline = charts.stream().filter(MarkdownReport::isHeadline).toList();
        List<ReportChart> more = charts.stream().filter(c -> !isHeadline(c)).toList();
        headline.forEach(chart -> image(md, chart, imageLink));
        if (!more.isEmpty()) {
            md.append("<details><summary>More charts (").append(more.size()).append(")</summary>\n\n");
            more.forEach(chart -> image(md, chart, imageLink));
            md.append("</details>\n\n");
        }
        metricsTable(md, input);
        slices(md, eval);
        if (!input.lineage().isEmpty()) {
            md.append("<details><summary>Lineage</summary>\n\n| Key | Value |\n|---|---|\n");
            input.lineage().forEach((k, v) -> md.append("| ").append(Escape.markdownCell(k)).append(" | ")
                    .append(Escape.markdownCell(v)).append(" |\n"));
            md.append("\n</details>\n\n");
        }
        if (!eval.warnings().isEmpty()) {
            md.append("<details><summary>Warnings (").append(eval.warnings().size()).append(")</summary>\n\n");
            eval.warnings().forEach(w -> md.append("- ").append(Escape.markdown(w)).append('\n'));
            md.append("\n</details>\n\n");
        }
        return md.toString();
    }

    private static boolean isHeadline(final ReportChart chart) {
        return chart.id().equals("comparison") || chart.id().startsWith("trend");
    }

    private static void image(final StringBuilder md, final ReportChart chart,
            final java.util.function.Function<ReportChart, String> imageLink) {
        md.append("![").append(Escape.markdown(chart.title())).append("](").append(imageLink.apply(chart))
                .append(")\n\n");
    }

    static String headline(final VerdictSummary verdict) {
        if (verdict == null) {
            return "📊 ";
        }
        String decision = Escape.markdown(verdict.decision());
        return (verdict.promotes() ? "✅ " : "❌ ") + decision + " — ";
    }

    private static String summaryLine(final ReportInput input) {
        EvaluationSummary eval = input.evaluation();
        StringBuilder line = new StringBuilder();
        VerdictSummary verdict = input.verdict();
        if (verdict != null) {
            line.append("**").append(verdict.passedCount()).append(" of ").append(verdict.checks().size())
                    .append(" checks passed**");
            line.append(verdict.unpaired() ? " · unpaired comparison (point estimates only)" : "");
            line.append(" · ");
        }
        if (!eval.task().isEmpty()) {
            line.append(Escape.markdown(eval.task())).append(" · ");
        }
        line.append(Formats.number(eval.rows())).append(" rows evaluated");
        return line.toString();
    }

    private static void metricsTable(final StringBuilder md, final ReportInput input) {
        EvaluationSummary eval = input.evaluation();
        if (eval.metrics().isEmpty()) {
            return;
        }
        EvaluationSummary champion = input.championEvaluation();
        boolean intervals = !eval.intervals().isEmpty();
        md.append("<details><summary>All metrics (").append(eval.metrics().size()).append(")</summary>\n\n");
        md.append("| Metric | Challenger").append(intervals ? " | Interval" : "")
                .append(champion != null ? " | Champion | Δ" : "").append(" |\n");
        md.append("|---|--:").append(intervals ? "|:-:" : "").append(champion != null ? "|--:|--:" : "")
                .append("|\n");
        for (Map.Entry<String, Double> metric : eval.metrics().entrySet()) {
            md.append("| ").append(Escape.markdownCell(metric.getKey())).append(" | ")
                    .append(Formats.number(metric.getValue()));
            if (intervals) {
                Interval ci = eval.interval(metric.getKey());
                md.append(" | ").append(Escape.markdownCell(Formats.interval(ci.low(), ci.high())));
            }
            if (champion != null) {
                double other = champion.metric(metric.getKey());
                md.append(" | ").append(Formats.number(other)).append(" | ")
                        .append(Formats.signed(metric.getValue() - other));
            }
            md.append(" |\n");
        }
        md.append("\n</details>\n\n");
    }

    private static void slices(final StringBuilder md, final EvaluationSummary eval) {
        for (Map.Entry<String, SortedMap<String, SliceSummary>> column : eval.slices().entrySet()) {
            TreeSet<String> metrics = new TreeSet<>();
            column.getValue().values().forEach(s -> metrics.addAll(s.metrics().keySet()));
            md.append("<details><summary>Slices by ").append(Escape.html(column.getKey())).append(" (")
                    .append(column.getValue().size()).append(")</summary>\n\n");
            md.append("| ").append(Escape.markdownCell(column.getKey())).append(" | rows");
            metrics.forEach(m -> md.append(" | ").append(Escape.markdownCell(m)));
            md.append(" |\n|---|--:");
            metrics.forEach(m -> md.append("|--:"));
            md.append("|\n");
            for (Map.Entry<String, SliceSummary> slice : column.getValue().entrySet()) {
                md.append("| ").append(Escape.markdownCell(slice.getKey())).append(" | ")
                        .append(Formats.number(slice.getValue().rows()));
                if (slice.getValue().metrics().isEmpty() && !metrics.isEmpty()) {
                    md.append(" | *too small to evaluate*");
                    metrics.stream().skip(1).forEach(m -> md.append(" | "));
                }
                else {
                    metrics.forEach(m -> md.append(" | ").append(Formats.number(slice.getValue().metric(m))));
                }
                md.append(" |\n");
            }
            md.append("\n</details>\n\n");
        }
    }
}
