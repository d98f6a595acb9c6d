package dev.continuum.notebook.json;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A JSON number. Integers and floating-point numbers stay distinct, as they do in Python's
 * {@code json} module ({@code 1} and {@code 1.0} are written back differently), so the value is a
 * {@link Long}, a {@link BigInteger} (only when it does not fit a long) or a {@link Double}.
 */
public record JsonNumber(Number value) implements JsonValue {

    public JsonNumber {
        Objects.requireNonNull(value, "value");
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            value = big.longValue();
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            value = value.longValue();
        } else if (value instanceof Float f) {
            value = f.doubleValue();
        } else if (!(value instanceof Long || value instanceof BigInteger || value instanceof Double)) {
            throw new IllegalArgumentException("unsupported number type: " + value.getClass().getName());
        }
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(value);
    }

    public static JsonNumber of(double value) {
        return new JsonNumber(value);
    }

    public boolean isIntegral() {
        return !(value instanceof Double);
    }

    /** The value as a long, if it is an integer that fits one. */
    public boolean fitsLong() {
        return value instanceof Long;
    }

    public long longValue() {
        return value.longValue();
    }

    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public String typeName() {
        return isIntegral() ? "integer" : "number";
    }
}
