package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 broken notebooks made here from a valid one: each gets a clear problem from validate, opening
 * it either works (Jupyter tolerates it too) or is refused with a clear message, nothing else
 * escapes, and the file on disk is never changed.
 */
class MutatedNotebookTest {

    private record Mutation(String name, byte[] bytes) {
    }

    @TempDir
    Path dir;

    @Test
    void twoHundredMutationsGiveClearErrorsAndLeaveFilesUnchanged() throws Exception {
        List<Mutation> mutations = mutations(new Random(20261125), 200);
        assertThat(mutations).hasSize(200);
        for (Mutation mutation : mutations) {
            Path file = dir.resolve(mutation.name() + ".ipynb");
            Files.write(file, mutation.bytes());

            List<Problem> problems = NotebookValidator.validate(mutation.bytes());
            assertThat(problems).as("validate reports " + mutation.name()).isNotEmpty();
            for (Problem problem : problems) {
                assertThat(problem.path()).as(mutation.name()).startsWith("$");
                assertThat(problem.message()).as(mutation.name()).isNotBlank().doesNotContain("Exception");
            }
            assertThatCode(() -> {
                try {
                    NotebookDocument.open(file);
                } catch (NotebookFormatException e) {
                    assertThat(e.getMessage()).as(mutation.name()).contains("$").contains(file.toString());
                }
            }).as("opening " + mutation.name()).doesNotThrowAnyException();
            assertThat(Files.readAllBytes(file)).as(mutation.name() + " unchanged").isEqualTo(mutation.bytes());
        }
    }

    @Test
    void fiftyMegabyteStringInAWrongPlaceIsReportedNotFatal() throws Exception {
        ObjectNode nb = base();
        String huge = "x".repeat(50 * 1024 * 1024);
        cell(nb, 1).put("execution_count", huge);
        byte[] bytes = JsonTrees.MAPPER.writeValueAsBytes(nb);
        List<Problem> problems = NotebookValidator.validate(bytes);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.cells[1].execution_count");
            assertThat(p.cellIndex()).isEqualTo(1);
        });
        Path file = dir.resolve("huge.ipynb");
        Files.write(file, bytes);
        assertThatCode(() -> NotebookDocument.open(file)).isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("$.cells[1].execution_count");
    }

    @Test
    void fiftyMegabyteSourceOpensAndRoundTrips() throws Exception {
        ObjectNode nb = base();
        cell(nb, 0).put("source", "y".repeat(50 * 1024 * 1024) + "\n");
        byte[] bytes = JsonTrees.MAPPER.writeValueAsBytes(nb);
        ReadResult read = NotebookReader.read(bytes);
        assertThat(read.notebook().cell(0).source()).hasSize(50 * 1024 * 1024 + 1);
        assertThat(NotebookReader.read(NotebookWriter.toBytes(read.notebook())).notebook().cell(0).source())
                .isEqualTo(read.notebook().cell(0).source());
    }

    private static List<Mutation> mutations(Random random, int count) throws Exception {
        List<Consumer<ObjectNode>> structural = structuralMutations(random);
        List<Mutation> mutations = new ArrayList<>();
        byte[] valid = JsonTrees.MAPPER.writeValueAsBytes(base());
        int i = 0;
        while (mutations.size() < count) {
            int kind = i % (structural.size() + 2);
            if (kind == structural.size()) {
                int cut = 1 + random.nextInt(valid.length - 2);
                mutations.add(new Mutation(String.format("%03d-truncated-at-%d", i, cut), java.util.Arrays.copyOf(valid, cut)));
            } else if (kind == structural.size() + 1) {
                byte[] garbled = valid.clone();
                int at = random.nextInt(garbled.length);
                garbled[at] = (byte) "{}[],:\"\\".charAt(random.nextInt(8));
                if (NotebookValidator.validate(garbled).isEmpty()) {
                    i++;
                    continue; // the change happened to keep it valid (e.g. inside a string): not a mutation
                }
                mutations.add(new Mutation(String.format("%03d-garbled-byte-%d", i, at), garbled));
            } else {
                ObjectNode nb = base();
                structural.get(kind).accept(nb);
                mutations.add(new Mutation(String.format("%03d-structural-%d", i, kind), JsonTrees.MAPPER.writeValueAsBytes(nb)));
            }
            i++;
        }
        return mutations;
    }

    private static List<Consumer<ObjectNode>> structuralMutations(Random random) {
        return List.of(
                nb -> nb.remove("nbformat"),
                nb -> nb.put("nbformat", "four"),
                nb -> nb.put("nbformat", 9),
                nb -> nb.remove("metadata"),
                nb -> nb.putArray("metadata"),
                nb -> nb.put("cells", "not a list"),
                nb -> nb.remove("cells"),
                nb -> ((ArrayNode) nb.get("cells")).add(42),
                nb -> cell(nb, random.nextInt(3)).remove("cell_type"),
                nb -> cell(nb, random.nextInt(3)).put("cell_type", 7),
                nb -> cell(nb, random.nextInt(3)).put("source", 12345),
                nb -> cell(nb, random.nextInt(3)).putArray("source").add(1).add(true),
                nb -> cell(nb, random.nextInt(3)).remove("metadata"),
                nb -> cell(nb, random.nextInt(3)).put("metadata", "none"),
                nb -> cell(nb, random.nextInt(3)).remove("id"),
                nb -> cell(nb, random.nextInt(3)).put("id", "has spaces " + random.nextInt(100)),
                nb -> cell(nb, random.nextInt(3)).put("id", "x".repeat(65)),
                nb -> cell(nb, 2).put("id", cell(nb, 0).get("id").asText()),
                nb -> cell(nb, 1).put("outputs", "none"),
                nb -> cell(nb, 1).put("execution_count", "one"),
                nb -> cell(nb, 1).remove("outputs"),
                nb -> output(nb, 0).put("output_type", "banner"),
                nb -> output(nb, 0).remove("name"),
                nb -> output(nb, 0).put("text", 3.5),
                nb -> output(nb, 1).remove("data"),
                nb -> output(nb, 1).with("data").put("image/png", "iVBOR!!not*base64" + random.nextInt(1000)),
                nb -> output(nb, 1).with("data").put("image/png", "iVBORw0KGgo="+ "A"),
                nb -> output(nb, 2).put("traceback", "not a list"),
                nb -> output(nb, 2).remove("ename"),
                nb -> cell(nb, 0).put("unexpected_key_" + random.nextInt(100), true),
                nb -> nb.with("metadata").put("kernelspec", "python3"),
                nb -> nb.with("metadata").with("kernelspec").remove("name"),
                nb -> cell(nb, 0).put("attachments", "nope"),
                nb -> cell(nb, 0).putObject("attachments").putObject("a.png").put("image/png", "%%%"));
    }

    /** A valid 4.5 notebook: markdown, code with stream/display/error outputs, raw. */
    static ObjectNode base() throws Exception {
        String json = """
                {"cells": [
                  {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": ["# Title\\n", "Text é 中文 🍎"]},
                  {"cell_type": "code", "id": "run", "metadata": {"tags": ["a"]}, "execution_count": 1,
                   "source": ["print('hi')\\n", "1/0"],
                   "outputs": [
                     {"output_type": "stream", "name": "stdout", "text": ["hi\\n"]},
                     {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "text/plain": ["<Figure>"]}},
                     {"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero", "traceback": ["Traceback", "ZeroDivisionError"]}
                   ]},
                  {"cell_type": "raw", "id": "tail", "metadata": {}, "source": "raw text"}
                 ],
                 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """;
        return (ObjectNode) JsonTrees.MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode cell(ObjectNode nb, int index) {
        return (ObjectNode) nb.get("cells").get(index);
    }

    private static ObjectNode output(ObjectNode nb, int index) {
        JsonNode outputs = cell(nb, 1).get("outputs");
        return (ObjectNode) outputs.get(index);
    }
}
