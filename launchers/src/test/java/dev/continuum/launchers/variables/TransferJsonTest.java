package dev.continuum.launchers.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Java values and the transfer JSON, both ways, and the types Java cells declare them with. */
class TransferJsonTest {

    private static Object roundTrip(Object value) {
        String json = TransferJson.write(TransferJson.toJson(value));
        return TransferJson.fromJson(TransferJson.parseObject("{\"v\":" + json + "}").get("v"), "v");
    }

    @Test
    void scalarsListsAndMapsKeepTheirValuesAndOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1L);
        map.put("a", new ArrayList<>(Arrays.asList("x", null, true, 2.5)));
        assertThat(roundTrip(map)).isEqualTo(map);
        assertThat(List.copyOf(((Map<?, ?>) roundTrip(map)).keySet())).isEqualTo(List.of("z", "a"));
        assertThat(roundTrip(2.0)).isEqualTo(2.0);
        assertThat(roundTrip(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(roundTrip("é \"\n\u0001 😀")).isEqualTo("é \"\n\u0001 😀");
    }

    @Test
    void nanAndInfinitiesAreWrittenAsPythonsJsonWritesThem() {
        assertThat(TransferJson.write(TransferJson.toJson(List.of(Double.NaN, Double.NEGATIVE_INFINITY))))
                .isEqualTo("[NaN,-Infinity]");
        assertThat((Double) roundTrip(Double.NaN)).isNaN();
    }

    @Test
    void numericArraysTravelMarkedWithDtypeAndShape() {
        assertThat(TransferJson.write(TransferJson.toJson(new double[][] {{1, 2}, {3, 4}})))
                .isEqualTo("{\"__ndarray__\":\"float64\",\"shape\":[2,2],\"data\":[[1.0,2.0],[3.0,4.0]]}");
        assertThat((double[]) roundTrip(new double[] {1.5, -0.0})).containsExactly(1.5, -0.0);
        assertThat((long[]) roundTrip(new long[] {Long.MAX_VALUE})).containsExactly(Long.MAX_VALUE);
        assertThat((long[][]) roundTrip(new long[][] {{1}, {2}})).isDeepEqualTo(new long[][] {{1}, {2}});
        assertThat((double[][]) roundTrip(new double[0][])).isEmpty();
    }

    @Test
    void eachValueGetsAPredictableJavaType() {
        assertThat(TransferJson.javaType(1L)).isEqualTo("long");
        assertThat(TransferJson.javaType(1.0)).isEqualTo("double");
        assertThat(TransferJson.javaType(null)).isEqualTo("Object");
        assertThat(TransferJson.javaType(new ArrayList<>())).isEqualTo("java.util.List<Object>");
        assertThat(TransferJson.javaType(new LinkedHashMap<>())).isEqualTo("java.util.Map<String, Object>");
        assertThat(TransferJson.javaType(new double[0][])).isEqualTo("double[][]");
    }

    @Test
    void whatJavaCannotHoldIsNamed() {
        assertThatThrownBy(() -> TransferJson.fromJson(TransferJson.parseObject("{\"n\": 99999999999999999999}").get("n"), "n"))
                .hasMessageContaining("n is the integer 99999999999999999999, too large for a Java long");
        assertThatThrownBy(() -> TransferJson.fromJson(
                TransferJson.parseObject("{\"a\": {\"__ndarray__\": \"complex128\", \"shape\": [1], \"data\": [1]}}").get("a"), "a"))
                .hasMessageContaining("a is a numeric array Java cannot hold");
    }
}
