package io.modelci.report;

import java.util.Arrays;

/**
 * A ROC curve (false positive rate, true positive rate) or a precision-recall curve (recall, precision).
 *
 * @param name the model, e.g. "challenger v8"
 * @param x false positive rate or recall, in [0, 1]
 * @param y true positive rate or precision, in [0, 1]
 * @param area the area under the curve (ROC AUC or average precision) for the legend; NaN when unknown
 */
public record Curve(String name, double[] x, double[] y, double area) {
    public Curve {
        name = ChartStyle.nonBlank(name, "model");
        x = x == null ? new double[0] : x.clone();
        y = y == null ? new double[0] : y.clone();
        if (x.length != y.length) {
            throw new IllegalArgumentException("'" + name + "': " + x.length + " x values but " + y.length
                    + " y values");
        }
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    double[][] arrays() {
        return new double[][] {x.clone(), y.clone()};
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Curve c && c.name.equals(name) && Arrays.equals(c.x, x) && Arrays.equals(c.y, y)
                && Double.compare(c.area, area) == 0;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Curve[" + name + ", " + x.length + " points, area " + area + "]";
    }
}
