package dev.continuum.ipynb;

import java.math.BigDecimal;

/**
 * Formats a double exactly as Python's {@code repr(float)} (and so its {@code json} module) does:
 * the shortest digits that read back to the same double, fixed notation for decimal exponents
 * from -4 to 15, scientific ({@code 1e-05}, {@code 1.5e+16}) outside, {@code NaN} and
 * {@code Infinity} as Python's json writes them.
 */
final class PythonFloats {

    private PythonFloats() {
    }

    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        String sign = value < 0 ? "-" : "";
        double magnitude = Math.abs(value);
        BigDecimal shortest = shortestDecimal(magnitude);
        String digits = shortest.unscaledValue().toString();
        // value = 0.d1d2...dn x 10^point
        int point = digits.length() - shortest.scale();
        return sign + layout(digits, point);
    }

    /**
     * The shortest decimal that reads back as {@code magnitude}. Java's {@link Double#toString}
     * already gives the shortest digits except that it never uses a single digit; a one-digit
     * decimal that round-trips is preferred, as Python does.
     */
    private static BigDecimal shortestDecimal(double magnitude) {
        BigDecimal javaShortest = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
        if (javaShortest.precision() != 2) {
            return javaShortest;
        }
        BigDecimal best = null;
        BigDecimal exact = new BigDecimal(magnitude);
        int exponent = javaShortest.precision() - javaShortest.scale() - 1;
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal down = javaShortest.divideToIntegralValue(unit).multiply(unit);
        for (BigDecimal candidate : new BigDecimal[] {down, down.add(unit)}) {
            if (candidate.signum() > 0 && Double.parseDouble(candidate.toString()) == magnitude) {
                if (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = candidate;
                }
            }
        }
        return best == null ? javaShortest : best.stripTrailingZeros();
    }

    private static String layout(String digits, int point) {
        int n = digits.length();
        if (point > -4 && point <= 16) {
            if (point <= 0) {
                return "0." + "0".repeat(-point) + digits;
            }
            if (point < n) {
                return digits.substring(0, point) + "." + digits.substring(point);
            }
            return digits + "0".repeat(point - n) + ".0";
        }
        int exponent = point - 1;
        String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String expDigits = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (expDigits.length() < 2 ? "0" : "") + expDigits;
    }
}
