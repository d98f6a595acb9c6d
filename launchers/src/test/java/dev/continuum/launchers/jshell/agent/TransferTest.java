package dev.continuum.launchers.jshell.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agent's copies of Java values in the carried types, what it refuses, and its fingerprints. */
class TransferTest {

    @Test
    void javaValuesAreCopiedIntoTheCarriedTypes() {
        assertThat(Transfer.carried(7, "x", 0)).isEqualTo(7L);
        assertThat(Transfer.carried(1.5f, "x", 0)).isEqualTo(1.5);
        assertThat(Transfer.carried('c', "x", 0)).isEqualTo("c");
        assertThat((long[]) Transfer.carried(new int[] {1, 2}, "x", 0)).containsExactly(1, 2);
        assertThat((double[][]) Transfer.carried(new float[][] {{1}, {2}}, "x", 0)).isDeepEqualTo(new double[][] {{1}, {2}});
        assertThat(Transfer.carried(new String[] {"a", null}, "x", 0)).isEqualTo(java.util.Arrays.asList("a", null));
        assertThat(Transfer.carried(Map.of("k", List.of(1)), "x", 0)).isEqualTo(Map.of("k", List.of(1L)));
    }

    @Test
    void whatCannotBeCarriedIsRefusedSayingWhere() {
        assertThatThrownBy(() -> Transfer.carried(Map.of("k", List.of(Set.of(1))), "m", 0))
                .hasMessageStartingWith("m[\"k\"][0] holds a java.util.ImmutableCollections$Set12");
        assertThatThrownBy(() -> Transfer.carried(new double[][] {{1}, {1, 2}}, "g", 0))
                .hasMessageContaining("g is a 2-D array whose rows differ");
        Map<Object, Object> keyed = new HashMap<>();
        keyed.put(List.of(), 1);
        assertThatThrownBy(() -> Transfer.carried(keyed, "k", 0)).hasMessageContaining("a key that is not a string");
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertThatThrownBy(() -> Transfer.carried(self, "s", 0)).hasMessageContaining("nested more than 100 levels");
    }

    @Test
    void fingerprintsChangeWithContentNotWithEqualScalars() {
        List<Object> list = new ArrayList<>(List.of(1L));
        String before = Transfer.fingerprint(list);
        list.add(2L);
        assertThat(Transfer.fingerprint(list)).isNotEqualTo(before);
        double[] array = {1};
        before = Transfer.fingerprint(array);
        array[0] = 2;
        assertThat(Transfer.fingerprint(array)).isNotEqualTo(before);
        assertThat(Transfer.fingerprint(Long.valueOf(1000))).isEqualTo(Transfer.fingerprint(Long.valueOf(1000)));
        assertThat(Transfer.fingerprint(1000L)).isNotEqualTo(Transfer.fingerprint(1000.0));
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertThat(Transfer.fingerprint(self)).startsWith("java.util.ArrayList@");
    }
}
