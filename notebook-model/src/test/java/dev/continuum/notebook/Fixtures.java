package dev.continuum.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Shared notebooks and assertions for the model tests. */
final class Fixtures {

    private Fixtures() {
    }

    static final Output STREAM_0 = new StreamOutput(StreamOutput.STDOUT, "hi\n");
    static final Output RESULT_2 = new ExecuteResultOutput(2, MimeBundle.ofText("text/plain", "3"));

    static final JsonObject PNG_A = JsonObject.of("a.png", JsonObject.of("image/png", new JsonString("AAAA")));
    static final JsonObject PNG_B = JsonObject.of("b.png", JsonObject.of("image/png", new JsonString("BBBB")));

    static final JsonObject NOTEBOOK_METADATA = JsonObject.builder()
            .put("kernelspec", JsonObject.of("name", new JsonString("python3")))
            .put("language_info", JsonObject.of("name", new JsonString("python")))
            .build();

    /**
     * Five cells:
     * <ol start="0">
     * <li>code "c0" with a tag, one stream output, execution count 1</li>
     * <li>markdown "c1" with attachment a.png</li>
     * <li>code "c2" "x = 1\n\ny = 2" with an execute result, execution count 2</li>
     * <li>raw "c3"</li>
     * <li>markdown "c4" with attachment b.png</li>
     * </ol>
     * New ids come from {@code n1, n2, ...}.
     */
    static Notebook sample() {
        List<CellState> cells = List.of(
                new CellState("c0", CellType.CODE, "import os",
                        JsonObject.of("tags", JsonArray.of(JsonValue.of("setup"))), null,
                        List.of(STREAM_0), 1, JsonObject.EMPTY),
                new CellState("c1", CellType.MARKDOWN, "# Title", JsonObject.EMPTY, PNG_A,
                        List.of(), null, JsonObject.EMPTY),
                new CellState("c2", CellType.CODE, "x = 1\n\ny = 2",
                        JsonObject.of("collapsed", JsonValue.of(false)), null,
                        List.of(RESULT_2), 2, JsonObject.EMPTY),
                CellState.of("c3", CellType.RAW, "raw text"),
                new CellState("c4", CellType.MARKDOWN, "more", JsonObject.EMPTY, PNG_B,
                        List.of(), null, JsonObject.EMPTY));
        Notebook notebook = new Notebook(FormatVersion.CURRENT, NOTEBOOK_METADATA, cells, JsonObject.EMPTY);
        notebook.setIdSupplier(sequence());
        return notebook;
    }

    /** Returns {@code first...} in turn, then n1, n2, ... */
    static Supplier<String> sequence(String... first) {
        Deque<String> queue = new ArrayDeque<>(List.of(first));
        int[] next = {0};
        return () -> queue.isEmpty() ? "n" + (++next[0]) : queue.poll();
    }

    static List<CellState> states(Notebook notebook) {
        return notebook.cells().stream().map(Cell::state).toList();
    }

    static List<String> sources(Notebook notebook) {
        return notebook.cells().stream().map(Cell::source).toList();
    }

    static List<String> ids(Notebook notebook) {
        return notebook.cells().stream().map(c -> c.id().orElse(null)).toList();
    }

    /** The notebook holds exactly these cell objects (identity, not equality), in this order. */
    static void assertSameCells(Notebook notebook, List<Cell> expected) {
        assertThat(notebook.size()).as("cell count").isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(notebook.cell(i)).as("cell object at %d", i).isSameAs(expected.get(i));
        }
    }

    /** A snapshot of a notebook's cells (objects and states) and metadata. */
    record Snapshot(List<Cell> cells, List<CellState> states, JsonObject metadata) {

        static Snapshot of(Notebook notebook) {
            return new Snapshot(new ArrayList<>(notebook.cells()), Fixtures.states(notebook), notebook.metadata());
        }

        void assertMatches(Notebook notebook) {
            assertSameCells(notebook, cells);
            assertThat(Fixtures.states(notebook)).as("cell states").isEqualTo(states);
            assertThat(notebook.metadata()).as("notebook metadata").isEqualTo(metadata);
        }
    }
}
