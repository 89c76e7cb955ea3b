package io.modelci.report;

import java.util.Arrays;

/**
 * A per-step history from training, such as {@code loss} or {@code val_loss} by epoch.
 *
 * @param name the series name; a {@code val_}, {@code validation_}, {@code eval_} or {@code test_} prefix draws
 *         the series dashed, in the colour of its training counterpart
 * @param steps the step (or epoch) of each value
 * @param values the values; NaN is a gap
 */
public record LearningCurve(String name, double[] steps, double[] values) {
    public LearningCurve {
        name = ChartStyle.nonBlank(name, "series");
        steps = steps == null ? new double[0] : steps.clone();
        values = values == null ? new double[0] : values.clone();
        if (steps.length != values.length) {
            throw new IllegalArgumentException("'" + name + "': " + steps.length + " steps but " + values.length
                    + " values");
        }
    }

    /** Values at steps 0, 1, 2, ... */
    public static LearningCurve of(final String name, final double... values) {
        double[] steps = new double[values.length];
        Arrays.setAll(steps, i -> i);
        return new LearningCurve(name, steps, values);
    }

    @Override
    public double[] steps() {
        return steps.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The number of points. */
    public int size() {
        return steps.length;
    }

    double stepAt(final int i) {
        return steps[i];
    }

    double valueAt(final int i) {
        return values[i];
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof LearningCurve c && c.name.equals(name) && Arrays.equals(c.steps, steps)
                && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "LearningCurve[" + name + ", " + steps.length + " points]";
    }
}
