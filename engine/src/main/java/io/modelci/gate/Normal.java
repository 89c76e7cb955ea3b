package io.modelci.gate;

/**
 * The standard normal distribution to double precision, which {@link Math} lacks.
 *
 * <p>The tail uses Hart's (1968) rational approximation in the form given by G. West, "Better approximations to
 * cumulative normal functions" (2005): about 15 correct digits, and the upper tail is computed directly, so tiny
 * p-values keep their relative precision instead of vanishing in {@code 1 - cdf}.
 */
public final class Normal {
    private static final double SQRT_TWO_PI = 2.5066282746310002;

    private Normal() {
    }

    /** P(Z > x). */
    public static double upperTail(final double x) {
        double absolute = Math.abs(x);
        double tail;
        if (absolute > 37) {
            tail = 0;
        }
        else {
            double exponential = Math.exp(-absolute * absolute / 2);
            if (absolute < 7.07106781186547) {
                double numerator = 3.52624965998911E-02 * absolute + 0.700383064443688;
                numerator = numerator * absolute + 6.37396220353165;
                numerator = numerator * absolute + 33.912866078383;
                numerator = numerator * absolute + 112.079291497871;
                numerator = numerator * absolute + 221.213596169931;
                numerator = numerator * absolute + 220.206867912376;
                double denominator = 8.83883476483184E-02 * absolute + 1.75566716318264;
                denominator = denominator * absolute + 16.064177579207;
                denominator = denominator * absolute + 86.7807322029461;
                denominator = denominator * absolute + 296.564248779674;
                denominator = denominator * absolute + 637.333633378831;
                denominator = denominator * absolute + 793.826512519948;
                denominator = denominator * absolute + 440.413735824752;
                tail = exponential * numerator / denominator;
            }
            else {
                double fraction = absolute + 0.65;
                fraction = absolute + 4 / fraction;
                fraction = absolute + 3 / fraction;
                fraction = absolute + 2 / fraction;
                fraction = absolute + 1 / fraction;
                tail = exponential / fraction / SQRT_TWO_PI;
            }
        }
        return x >= 0 ? tail : 1 - tail;
    }

    /** P(Z <= x). */
    public static double cdf(final double x) {
        return upperTail(-x);
    }

    /** Two-sided p-value of a z statistic: P(|Z| >= |z|). */
    public static double twoSidedP(final double z) {
        return Math.min(1.0, 2 * upperTail(Math.abs(z)));
    }

    /**
     * The quantile function (Acklam's rational approximation refined by one Halley step on {@link #cdf}), used
     * for the z of a confidence level.
     */
    public static double quantile(final double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else if (p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        double error = cdf(x) - p;
        double u = error * SQRT_TWO_PI * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }
}
