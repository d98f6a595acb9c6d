package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Floats are written as Python's repr writes them, checked against Python itself. */
class PythonFloatsTest {

    @Test
    void matchesPythonReprOnTrickyAndRandomDoubles() throws Exception {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e-5, 1e-4, 1e15, 1e16, 1e22, 1e23, 5e-324,
                Double.MAX_VALUE, Double.MIN_NORMAL, 123456789.125, 2.5e-7, 9007199254740993.0, 1.5e300, 0.3));
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        }
        values.removeIf(d -> Double.isNaN(d) || Double.isInfinite(d));
        StringBuilder input = new StringBuilder();
        values.forEach(v -> input.append(Long.toHexString(Double.doubleToRawLongBits(v))).append('\n'));
        Process python = new ProcessBuilder(NbformatOracle.python(), "-c",
                "import sys, struct\nfor l in sys.stdin:\n    print(repr(struct.unpack('>d', bytes.fromhex(l.strip().rjust(16, '0')))[0]))")
                .start();
        try (var in = python.getOutputStream()) {
            in.write(input.toString().getBytes(StandardCharsets.US_ASCII));
        }
        List<String> expected = new String(python.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        assertThat(python.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(expected).hasSameSizeAs(values);
        for (int i = 0; i < values.size(); i++) {
            assertThat(PythonFloats.repr(values.get(i))).as("repr of %s", values.get(i)).isEqualTo(expected.get(i));
        }
        assertThat(PythonFloats.repr(Double.NaN)).isEqualTo("NaN");
        assertThat(PythonFloats.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void splitLinesFollowsPython() {
        assertThat(PythonStrings.splitLinesKeepEnds("")).isEmpty();
        assertThat(PythonStrings.splitLinesKeepEnds("a\r\nb\rc\u2028d\u000be\n")).containsExactly("a\r\n", "b\r", "c\u2028", "d\u000b", "e\n");
        assertThat(PythonStrings.splitLinesKeepEnds("no end")).containsExactly("no end");
    }
}
