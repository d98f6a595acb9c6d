package dev.continuum.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static JsonObject zyx() {
        return JsonObject.builder()
                .put("z", JsonValue.of(1))
                .put("y", JsonValue.of("two"))
                .put("x", JsonNull.INSTANCE)
                .build();
    }

    @Test
    void objectKeepsInsertionOrder() {
        assertThat(zyx().keys()).containsExactly("z", "y", "x");
        Map<String, JsonValue> map = new LinkedHashMap<>();
        map.put("b", JsonValue.of(1));
        map.put("a", JsonValue.of(2));
        map.put("c", JsonValue.of(3));
        JsonObject fromMap = JsonObject.of(map);
        assertThat(fromMap.keys()).containsExactly("b", "a", "c");
        map.put("d", JsonValue.of(4));
        assertThat(fromMap.size()).as("copied, not a view").isEqualTo(3);
    }

    @Test
    void withOnAnExistingKeyKeepsItsPositionAndReturnsANewObject() {
        JsonObject original = zyx();
        JsonObject changed = original.with("y", JsonValue.of(true));
        assertThat(changed.keys()).containsExactly("z", "y", "x");
        assertThat(changed.get("y")).isEqualTo(JsonBoolean.TRUE);
        assertThat(original.get("y")).as("original untouched").isEqualTo(new JsonString("two"));
    }

    @Test
    void withOnANewKeyAppends() {
        assertThat(zyx().with("a", JsonValue.of(0)).keys()).containsExactly("z", "y", "x", "a");
    }

    @Test
    void withoutOfAMissingKeyReturnsTheSameInstance() {
        JsonObject original = zyx();
        assertThat(original.without("missing")).isSameAs(original);
        assertThat(JsonObject.EMPTY.without("missing")).isSameAs(JsonObject.EMPTY);
    }

    @Test
    void withoutOfAPresentKeyRemovesOnlyIt() {
        JsonObject original = zyx();
        JsonObject smaller = original.without("y");
        assertThat(smaller.keys()).containsExactly("z", "x");
        assertThat(original.keys()).containsExactly("z", "y", "x");
        assertThat(JsonObject.of("only", JsonValue.of(1)).without("only").isEmpty()).isTrue();
    }

    @Test
    void builderRepeatedKeyKeepsFirstPositionAndLastValue() {
        JsonObject object = JsonObject.builder()
                .put("a", JsonValue.of(1))
                .put("b", JsonValue.of(2))
                .put("a", JsonValue.of(3))
                .build();
        assertThat(object.keys()).containsExactly("a", "b");
        assertThat(object.get("a")).isEqualTo(JsonNumber.of(3));
    }

    @Test
    void objectIsImmutable() {
        JsonObject object = zyx();
        assertThatThrownBy(() -> object.asMap().put("new", JsonValue.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        JsonObject.Builder builder = object.toBuilder();
        builder.put("new", JsonValue.of(1));
        assertThat(object.containsKey("new")).isFalse();
    }

    @Test
    void objectEqualityIgnoresNothingButIsByContent() {
        assertThat(zyx()).isEqualTo(zyx()).hasSameHashCodeAs(zyx());
        assertThat(zyx().with("z", JsonValue.of(2))).isNotEqualTo(zyx());
        assertThat(zyx().findString("y")).contains("two");
        assertThat(zyx().findString("z")).isEmpty();
        assertThat(zyx().findObject("y")).isEmpty();
    }

    @Test
    void numbersNormaliseIntegerTypesToLong() {
        assertThat(new JsonNumber(42).value()).isEqualTo(42L).isInstanceOf(Long.class);
        assertThat(new JsonNumber((short) 7).value()).isInstanceOf(Long.class);
        assertThat(new JsonNumber((byte) 7).value()).isInstanceOf(Long.class);
        assertThat(new JsonNumber(BigInteger.valueOf(42)).value()).isEqualTo(42L).isInstanceOf(Long.class);
        assertThat(new JsonNumber(BigInteger.valueOf(Long.MAX_VALUE)).value()).isInstanceOf(Long.class);
        assertThat(new JsonNumber(BigInteger.valueOf(Long.MIN_VALUE)).value()).isInstanceOf(Long.class);
        assertThat(new JsonNumber(42)).isEqualTo(JsonNumber.of(42L))
                .isEqualTo(new JsonNumber(BigInteger.valueOf(42)))
                .hasSameHashCodeAs(JsonNumber.of(42L));
        assertThat(new JsonNumber(42).fitsLong()).isTrue();
    }

    @Test
    void integersBeyondLongStayBigIntegers() {
        BigInteger big = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        JsonNumber number = new JsonNumber(big);
        assertThat(number.value()).isEqualTo(big);
        assertThat(number.isIntegral()).isTrue();
        assertThat(number.fitsLong()).isFalse();
        assertThat(number.typeName()).isEqualTo("integer");
    }

    @Test
    void doublesStayDistinctFromLongs() {
        JsonNumber one = JsonNumber.of(1L);
        JsonNumber onePointZero = JsonNumber.of(1.0);
        assertThat(onePointZero.value()).isInstanceOf(Double.class);
        assertThat(one).isNotEqualTo(onePointZero);
        assertThat(onePointZero).isNotEqualTo(one);
        assertThat(new JsonNumber(1)).isNotEqualTo(onePointZero);
        assertThat(one.isIntegral()).isTrue();
        assertThat(onePointZero.isIntegral()).isFalse();
        assertThat(onePointZero.typeName()).isEqualTo("number");
        assertThat(new JsonNumber(1.5f).value()).isEqualTo(1.5d).isInstanceOf(Double.class);
        assertThat(JsonObject.of("n", one)).isNotEqualTo(JsonObject.of("n", onePointZero));
    }

    @Test
    void unsupportedNumberTypesAreRefused() {
        assertThatThrownBy(() -> new JsonNumber(new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arraysKeepOrderAndCompareByContent() {
        JsonArray array = JsonArray.of(JsonValue.of(2), JsonValue.of(1));
        assertThat(array.items()).containsExactly(JsonNumber.of(2), JsonNumber.of(1));
        assertThat(array).isEqualTo(JsonArray.of(JsonNumber.of(2), JsonNumber.of(1)));
        assertThat(array).isNotEqualTo(JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)));
        assertThat(JsonArray.ofStrings(java.util.List.of())).isEqualTo(JsonArray.EMPTY);
        assertThatThrownBy(() -> array.items().add(JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
