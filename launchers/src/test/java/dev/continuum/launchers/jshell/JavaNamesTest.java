package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The variables a Java cell reads, as javac's trees show them: values, not types, methods or earlier declarations. */
class JavaNamesTest {

    static JShell jshell;

    @BeforeAll
    static void analysis() {
        jshell = JShell.builder().executionEngine("local").build();
    }

    @AfterAll
    static void close() {
        jshell.close();
    }

    private static Iterable<String> read(String cell) {
        return JavaNames.read(jshell.sourceCodeAnalysis(), cell);
    }

    @Test
    void valuesAreReadsButDeclarationsTypesAndMethodNamesAreNot() {
        assertThat(read("long y = x + 1;")).containsExactly("x");
        assertThat(read("int a = 1;\nSystem.out.println(a + b);")).containsExactly("b");
        assertThat(read("List<Object> l = List.of(c);\nMath.sqrt(d)")).containsExactly("c", "d");
        assertThat(read("arr[0] = 5;\nfoo(bar);\nobj.method(this)")).containsExactly("arr", "bar", "obj");
        assertThat(read("double[] copy = (double[]) source.clone();\nString.class")).containsExactly("source");
        assertThat(read("%maven a:b:1\nvar v = w;")).containsExactly("w");
    }

    @Test
    void namesDeclaredInsideMethodsLambdasLoopsAndPatternsAreLocal() {
        assertThat(read("int f(int p) { int local = 2; return p + local + q; }")).containsExactly("q");
        assertThat(read("for (var e : items) { total += e; }")).containsExactly("items", "total");
        assertThat(read("xs.forEach(v -> System.out.println(v * k));")).containsExactly("xs", "k");
        assertThat(read("record P(int u) { int twice() { return u * 2; } }\nnew P(w)")).containsExactly("w");
        assertThat(read("String s = switch (day) { case MONDAY -> \"m\"; default -> other; };"))
                .containsExactly("day", "other");
        assertThat(read("if (o instanceof String str && str.isEmpty()) { }")).containsExactly("o");
        assertThat(read("try (var in = open(path)) { in.read(); } catch (Exception e) { e.printStackTrace(); }"))
                .containsExactly("path");
    }
}
