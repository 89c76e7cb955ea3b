package io.modelci.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Decides one check on its evidence. Every way of failing has its own reason; nothing missing or not finite ever
 * passes.
 */
public final class CheckJudge {
    private CheckJudge() {
    }

    /**
     * Judges {@code check} on {@code evidence}.
     *
     * @param slice {@code column=value}, or null for all rows
     */
    public static CheckResult judge(final Check check, final String slice, final Evidence evidence,
            final Comparison comparison) {
        String name = check.metric();
        Double challenger = evidence.challenger();
        Double champion = comparison == Comparison.NO_CHAMPION ? null : evidence.champion();
        Builder result = new Builder(check, slice, evidence, comparison, challenger, champion);
        if (challenger == null) {
            return result.fail(name + " is missing from the challenger's metrics");
        }
        if (!Double.isFinite(challenger)) {
            return result.fail(name + " of the challenger is " + challenger + ", not a number that can pass");
        }
        List<String> notes = new ArrayList<>();
        if (!Double.isNaN(check.minValue())) {
            if (challenger < check.minValue()) {
                return result.fail(name + " is " + num(challenger) + ", below the floor " + num(check.minValue()));
            }
            notes.add("floor " + num(check.minValue()));
        }
        if (!Double.isNaN(check.maxValue())) {
            if (challenger > check.maxValue()) {
                return result.fail(name + " is " + num(challenger) + ", above the ceiling " + num(check.maxValue()));
            }
            notes.add("ceiling " + num(check.maxValue()));
        }
        if (!check.comparesWithChampion()) {
            return result.pass(name + " is " + num(challenger) + ", within " + String.join(" and ", notes));
        }
        if (comparison == Comparison.NO_CHAMPION) {
            return result.pass(name + " is " + num(challenger) + "; no champion to compare with"
                    + (notes.isEmpty() ? "" : ", within " + String.join(" and ", notes)));
        }
        if (champion == null) {
            return result.fail(name + " is missing from the champion's metrics: cannot compare");
        }
        if (!Double.isFinite(champion)) {
            return result.fail(name + " of the champion is " + champion + ": cannot compare");
        }
        return compare(check, evidence, comparison, challenger, champion, result);
    }

    private static CheckResult compare(final Check check, final Evidence evidence, final Comparison comparison,
            final double challenger, final double champion, final Builder result) {
        Direction direction = check.direction();
        double improvement = direction.improvement(challenger, champion);
        boolean interval = comparison == Comparison.PAIRED && evidence.hasInterval();
        double lowImprovement = interval ? (direction == Direction.HIGHER ? evidence.deltaLow() : -evidence.deltaHigh())
                : Double.NaN;
        double highImprovement = interval ? (direction == Direction.HIGHER ? evidence.deltaHigh() : -evidence.deltaLow())
                : Double.NaN;
        String what = describe(check.metric(), improvement, lowImprovement, highImprovement, evidence.confidence());
        OptionalDouble threshold = check.threshold();
        boolean significance = check.needsSignificance();
        if (threshold.isPresent() && improvement < threshold.getAsDouble()) {
            return result.fail(what + ", " + needs(threshold.getAsDouble()));
        }
        double relativeFloor = check.minRelativeImprovement();
        if (!Double.isNaN(relativeFloor) && relative(improvement, champion) < relativeFloor) {
            return result.fail(what + ", " + relativeNeeds(relativeFloor, improvement, champion));
        }
        if (!significance) {
            return result.pass(what + ", " + passes(threshold, relativeFloor, champion));
        }
        if (comparison != Comparison.PAIRED) {
            return result.fail(what + ", " + needs(threshold) + ": significance needs paired predictions "
                    + "of both models on the same rows — not proven");
        }
        if (!interval) {
            return result.fail(what + ", " + needs(threshold) + ": no interval of the delta could be computed "
                    + "on these rows — not proven");
        }
        if (threshold.isPresent() && lowImprovement < threshold.getAsDouble()) {
            return result.fail(what + ", " + needs(threshold.getAsDouble()) + ": the lower bound is below — not proven");
        }
        if (!Double.isNaN(relativeFloor) && relative(lowImprovement, champion) < relativeFloor) {
            return result.fail(what + ", " + relativeNeeds(relativeFloor, improvement, champion)
                    + ": the lower bound is below — not proven");
        }
        double oneSided = oneSidedP(check, evidence, improvement);
        if (!Double.isNaN(oneSided) && threshold.orElse(0) >= 0 && oneSided >= check.significance()) {
            return result.fail(what + ", " + needs(threshold) + ": one-sided p = " + num(oneSided) + " is not below "
                    + num(check.significance()) + " — not proven");
        }
        return result.pass(what + ", " + passes(threshold, relativeFloor, champion) + ": the lower bound clears it");
    }

    /** The one-sided p-value of "no improvement" from an exact or asymptotic test; NaN for the bootstrap. */
    private static double oneSidedP(final Check check, final Evidence evidence, final double improvement) {
        if (evidence.test() == StatisticalTest.BOOTSTRAP || Double.isNaN(evidence.pValue())) {
            return Double.NaN;
        }
        double half = evidence.pValue() / 2;
        return improvement > 0 ? half : 1 - half;
    }

    /** Improvement relative to |champion|; a zero champion makes any gain infinite and any loss minus infinite. */
    static double relative(final double improvement, final double champion) {
        if (champion == 0) {
            return improvement == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, improvement);
        }
        return improvement / Math.abs(champion);
    }

    private static String describe(final String metric, final double improvement, final double low, final double high,
            final double confidence) {
        boolean better = improvement >= 0;
        StringBuilder text = new StringBuilder(metric).append(better ? " improved by " : " got worse by ")
                .append(num(Math.abs(improvement)));
        if (!Double.isNaN(low)) {
            double from = better ? low : -high;
            double to = better ? high : -low;
            text.append(" (").append(percent(confidence)).append(" CI ").append(num(from)).append("..")
                    .append(num(to)).append(')');
        }
        return text.toString();
    }

    private static String needs(final double threshold) {
        return threshold >= 0 ? "needs " + num(threshold) : "allowed to get worse by " + num(-threshold);
    }

    private static String needs(final OptionalDouble threshold) {
        return threshold.isPresent() ? needs(threshold.getAsDouble()) : "relative rule";
    }

    private static String relativeNeeds(final double floor, final double improvement, final double champion) {
        if (champion == 0) {
            return "needs a relative improvement of " + percent(floor)
                    + ", but the champion is 0 so the relative change is " + (improvement == 0 ? "0" : "unbounded");
        }
        return "a relative change of " + percent(relative(improvement, champion)) + " of |champion|, needs "
                + percent(floor);
    }

    private static String passes(final OptionalDouble threshold, final double relativeFloor, final double champion) {
        List<String> parts = new ArrayList<>();
        if (threshold.isPresent()) {
            parts.add(needs(threshold.getAsDouble()));
        }
        if (!Double.isNaN(relativeFloor)) {
            parts.add("needs " + percent(relativeFloor) + " relative"
                    + (champion == 0 ? " (champion is 0: any gain counts)" : ""));
        }
        return String.join(", ", parts);
    }

    /** Four decimals for ordinary metric values, three significant digits for tiny ones. */
    static String num(final double value) {
        if (value == 0 || Math.abs(value) >= 1e-3 && Math.abs(value) < 1e6) {
            return String.format(Locale.ROOT, "%.4f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static String percent(final double fraction) {
        String text = String.format(Locale.ROOT, "%.2f", fraction * 100);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text + "%";
    }

    /** Collects the numbers of a result so each exit point only says why. */
    private static final class Builder {
        private final Check check;
        private final String slice;
        private final Evidence evidence;
        private final Comparison comparison;
        private final Double challenger;
        private final Double champion;

        Builder(final Check check, final String slice, final Evidence evidence, final Comparison comparison,
                final Double challenger, final Double champion) {
            this.check = check;
            this.slice = slice;
            this.evidence = evidence;
            this.comparison = comparison;
            this.challenger = challenger;
            this.champion = champion;
        }

        CheckResult pass(final String reason) {
            return build(Outcome.PASS, reason);
        }

        CheckResult fail(final String reason) {
            return build(Outcome.FAIL, reason);
        }

        private CheckResult build(final Outcome outcome, final String reason) {
            boolean paired = comparison == Comparison.PAIRED;
            Double delta = challenger != null && champion != null ? challenger - champion : null;
            boolean interval = paired && champion != null && evidence.hasInterval();
            boolean pValue = paired && champion != null && !Double.isNaN(evidence.pValue());
            String test = paired && evidence.test() != null && champion != null ? evidence.test().label() : "none";
            return new CheckResult(check.metric(), slice, outcome, check.direction(), challenger, champion, delta,
                    interval ? evidence.deltaLow() : null, interval ? evidence.deltaHigh() : null,
                    interval ? evidence.confidence() : null, pValue ? evidence.pValue() : null, test, comparison,
                    evidence.rows(), reason);
        }
    }
}
