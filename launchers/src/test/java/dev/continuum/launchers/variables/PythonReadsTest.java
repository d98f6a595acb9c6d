package dev.continuum.launchers.variables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names a Python cell reads, found by the helper module with Python's own ast and symtable;
 * run here with the machine's Python, outside a kernel (magics aside, the same code path).
 */
class PythonReadsTest {

    private static final String PYTHON = System.getProperty("continuum.python", "").isBlank() ? "/usr/bin/python3"
            : System.getProperty("continuum.python");

    private static List<String> reads(String code, String... candidates) throws IOException, InterruptedException {
        String module;
        try (InputStream in = PythonVariables.class.getResourceAsStream("continuum_variables.py")) {
            module = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String request = TransferJson.write(TransferJson.parseObject("{}").put("op", "reads").put("code", code)
                .set("candidates", TransferJson.toJson(List.of(candidates))));
        Process python = new ProcessBuilder(PYTHON, "-c",
                "import sys\nexec(sys.stdin.read(), {'__name__': 'm'})\nimport json\n"
                        + "print(json.dumps(sys.modules['_continuum_variables'].call.__globals__['reads'](json.loads(sys.argv[1]))))",
                request).redirectErrorStream(true).start();
        python.getOutputStream().write(module.getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        List<String> names = new ArrayList<>();
        for (JsonNode name : TransferJson.parseObject(output).get("reads")) {
            names.add(name.asText());
        }
        return names;
    }

    @Test
    void readsAreLoadsBeforeTheCellBindsTheNameAtItsTopLevel() throws Exception {
        assertThat(reads("y = x + 1\nprint(y)", "x", "y")).containsExactly("x");
        assertThat(reads("x = 1\nprint(x)", "x")).isEmpty();
        assertThat(reads("print(x)\nx = 1", "x")).containsExactly("x");
        assertThat(reads("n += 1", "n")).containsExactly("n");
        assertThat(reads("import json\njson.dumps(data)", "json", "data")).containsExactly("data");
        assertThat(reads("if c:\n    z = 1\nprint(z)", "c", "z")).containsExactly("c", "z");
    }

    @Test
    void nestedScopesReadGlobalsButNotTheirOwnNames() throws Exception {
        assertThat(reads("squares = [v * v for v in values]", "v", "values")).containsExactly("values");
        assertThat(reads("def f(p):\n    local = 2\n    return p + local + scale", "p", "local", "scale"))
                .containsExactly("scale");
        assertThat(reads("g = lambda q: q * k", "q", "k")).containsExactly("k");
    }

    @Test
    void aNameOnlyCalledIsNoRead() throws Exception {
        assertThat(reads("print(len(items))", "len", "print", "items")).containsExactly("items");
        assertThat(reads("f(1)\ng = f", "f")).containsExactly("f");
        assertThat(reads("this is (", "this")).isEmpty();
    }
}
