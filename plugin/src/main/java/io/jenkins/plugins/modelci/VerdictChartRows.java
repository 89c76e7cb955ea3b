package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelci.report.CheckOutcome;
import io.modelci.report.ComparisonRow;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The rows of the engine's champion-vs-challenger chart from a stored verdict ({@code compareToProduction}'s
 * JSON): one per check, with the values decided on, the delta's interval when the gate computed one, and the
 * outcome. Nothing is recomputed, so the chart shows what the gate saw.
 */
@Restricted(NoExternalUse.class)
public final class VerdictChartRows {
    private VerdictChartRows() {
    }

    /** @param verdict the verdict JSON; no checks gives no rows */
    public static List<ComparisonRow> of(JsonNode verdict) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (JsonNode check : verdict.path("checks")) {
            String metric = check.path("metric").asText("metric");
            String slice = check.hasNonNull("slice") ? check.path("slice").asText() : null;
            double challenger = number(check.path("challenger"));
            double champion = number(check.path("champion"));
            double delta = number(check.path("delta"));
            JsonNode interval = check.path("interval");
            CheckOutcome outcome = check.path("passed").isBoolean()
                    ? CheckOutcome.of(check.path("passed").asBoolean()) : CheckOutcome.NOT_CHECKED;
            rows.add(new ComparisonRow(slice == null ? metric : metric + " (" + slice + ")",
                    challenger, Double.NaN, Double.NaN, champion, Double.NaN, Double.NaN,
                    Double.isFinite(delta) ? delta : challenger - champion,
                    number(interval.path("low")), number(interval.path("high")), outcome));
        }
        return rows;
    }

    /** A number, a number written as text ({@code "NaN"}), or NaN for anything else (null, missing). */
    static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
