package io.modelci.gate;

/** ln Γ(x) for x > 0 by Stirling's series with the argument shifted above 15, accurate to about 1e-15 relative. */
final class LogGamma {
    private static final double HALF_LN_TWO_PI = 0.9189385332046727;

    private LogGamma() {
    }

    static double of(final double x) {
        double shift = 0;
        double z = x;
        while (z < 15) {
            shift += Math.log(z);
            z += 1;
        }
        double inverse = 1 / z;
        double inverseSquare = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverseSquare * (1.0 / 360 - inverseSquare * (1.0 / 1260
                - inverseSquare * (1.0 / 1680 - inverseSquare / 1188))));
        return (z - 0.5) * Math.log(z) - z + HALF_LN_TWO_PI + series - shift;
    }
}
