package dev.continuum.notebook;

import static dev.continuum.notebook.Fixtures.PNG_A;
import static dev.continuum.notebook.Fixtures.PNG_B;
import static dev.continuum.notebook.Fixtures.RESULT_2;
import static dev.continuum.notebook.Fixtures.STREAM_0;
import static dev.continuum.notebook.Fixtures.assertSameCells;
import static dev.continuum.notebook.Fixtures.ids;
import static dev.continuum.notebook.Fixtures.sources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.Fixtures.Snapshot;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every edit of {@link Edits}: doing it gives the edited notebook, undo gives back exactly the
 * previous cell list (same cell objects, same states, same metadata) and redo the edited one again.
 */
class EditsTest {

    private final Notebook nb = Fixtures.sample();
    private final Cell c0 = nb.cell(0);
    private final Cell c1 = nb.cell(1);
    private final Cell c2 = nb.cell(2);
    private final Cell c3 = nb.cell(3);
    private final Cell c4 = nb.cell(4);

    /** Executes through the history, checks, undoes, checks the old state, redoes, checks again. */
    private void doUndoRedo(Command command, Consumer<Notebook> checkEdited) {
        Snapshot before = Snapshot.of(nb);
        assertThat(nb.isDirty()).isFalse();
        boolean couldUndo = nb.history().canUndo();
        java.util.Optional<String> previousEdit = nb.history().undoDescription();
        assertThat(command.isExecutable()).as("isExecutable").isTrue();

        assertThat(nb.history().execute(command)).as("execute").isTrue();
        checkEdited.accept(nb);
        Snapshot edited = Snapshot.of(nb);
        assertThat(nb.isDirty()).isTrue();
        assertThat(nb.history().undoDescription()).contains(command.description());

        assertThat(nb.history().undo()).as("undo").isTrue();
        before.assertMatches(nb);
        assertThat(nb.isDirty()).isFalse();
        assertThat(nb.history().canUndo()).isEqualTo(couldUndo);
        assertThat(nb.history().undoDescription()).isEqualTo(previousEdit);
        assertThat(nb.history().redoDescription()).contains(command.description());

        assertThat(nb.history().redo()).as("redo").isTrue();
        edited.assertMatches(nb);
        checkEdited.accept(nb);
        assertThat(nb.isDirty()).isTrue();

        // And once more round, to be sure redo left the command able to undo again.
        assertThat(nb.history().undo()).isTrue();
        before.assertMatches(nb);
    }

    @Test
    void insertNewAddsAnEmptyCellWithAFreshIdAtTheIndex() {
        InsertCells insert = Edits.insertNew(nb, 2, CellType.MARKDOWN);
        doUndoRedo(insert, n -> {
            assertThat(n.size()).isEqualTo(6);
            Cell added = n.cell(2);
            assertThat(added).isSameAs(insert.cells().get(0));
            assertThat(added.type()).isEqualTo(CellType.MARKDOWN);
            assertThat(added.source()).isEmpty();
            assertThat(added.outputs()).isEmpty();
            assertThat(added.metadata()).isEqualTo(JsonObject.EMPTY);
            assertThat(added.id()).contains("n1");
            assertThat(ids(n)).containsExactly("c0", "c1", "n1", "c2", "c3", "c4");
        });
    }

    @Test
    void insertNewAtTheEnd() {
        doUndoRedo(Edits.insertNew(nb, 5, CellType.CODE), n -> {
            assertThat(n.cell(5).type()).isEqualTo(CellType.CODE);
            assertThat(n.cell(5).executionCount()).isEmpty();
            assertThat(ids(n)).containsExactly("c0", "c1", "c2", "c3", "c4", "n1");
        });
    }

    @Test
    void insertPutsTheGivenStatesAtTheIndexInOrder() {
        CellState a = new CellState("pa", CellType.CODE, "a()", JsonObject.of("k", JsonValue.of(1)), null,
                List.of(STREAM_0), 7, JsonObject.of("future", JsonValue.of(true)));
        CellState b = CellState.of("pb", CellType.RAW, "b");
        InsertCells insert = Edits.insert(nb, 1, List.of(a, b));
        doUndoRedo(insert, n -> {
            assertThat(ids(n)).containsExactly("c0", "pa", "pb", "c1", "c2", "c3", "c4");
            assertThat(n.cell(1).state()).isEqualTo(a);
            assertThat(n.cell(2).state()).isEqualTo(b);
            assertThat(n.cell(1)).isSameAs(insert.cells().get(0));
            assertThat(n.cell(2)).isSameAs(insert.cells().get(1));
        });
    }

    @Test
    void deleteOfNonAdjacentCellsGivenOutOfOrderRemovesThemAndUndoPutsEachBack() {
        doUndoRedo(Edits.delete(nb, List.of(c4, c1, c2)), n -> assertSameCells(n, List.of(c0, c3)));
    }

    @Test
    void deleteOfFirstAndLast() {
        doUndoRedo(Edits.delete(nb, List.of(c0, c4)), n -> assertSameCells(n, List.of(c1, c2, c3)));
    }

    @Test
    void moveDownPutsTheCellAtTheTargetIndex() {
        doUndoRedo(Edits.move(nb, c0, 3), n -> assertSameCells(n, List.of(c1, c2, c3, c0, c4)));
    }

    @Test
    void moveUpPutsTheCellAtTheTargetIndex() {
        doUndoRedo(Edits.move(nb, c4, 1), n -> assertSameCells(n, List.of(c0, c4, c1, c2, c3)));
    }

    @Test
    void moveToTheEnd() {
        doUndoRedo(Edits.move(nb, c1, 4), n -> assertSameCells(n, List.of(c0, c2, c3, c4, c1)));
    }

    @Test
    void editSourceChangesOnlyTheSource() {
        CellState old = c2.state();
        doUndoRedo(Edits.editSource(nb, c2, "z = 3"), n -> {
            assertSameCells(n, List.of(c0, c1, c2, c3, c4));
            assertThat(c2.state()).isEqualTo(old.withSource("z = 3"));
            assertThat(c2.outputs()).containsExactly(RESULT_2);
            assertThat(c2.executionCount()).contains(2);
        });
    }

    @Test
    void clearOutputsClearsCodeCellsAndLeavesOthersUntouched() {
        CellState markdown = c1.state();
        CellState c0Old = c0.state();
        doUndoRedo(Edits.clearOutputs(nb, List.of(c0, c1, c2)), n -> {
            assertThat(c0.outputs()).isEmpty();
            assertThat(c0.executionCount()).isEmpty();
            assertThat(c2.outputs()).isEmpty();
            assertThat(c2.executionCount()).isEmpty();
            assertThat(c0.source()).isEqualTo(c0Old.source());
            assertThat(c0.metadata()).isEqualTo(c0Old.metadata());
            assertThat(c1.state()).isSameAs(markdown);
        });
    }

    @Test
    void changeTypeCodeToMarkdownDropsOutputsAndExecutionCountAndUndoRestoresThem() {
        CellState old = c0.state();
        doUndoRedo(Edits.changeType(nb, List.of(c0), CellType.MARKDOWN), n -> {
            assertThat(c0.type()).isEqualTo(CellType.MARKDOWN);
            assertThat(c0.outputs()).isEmpty();
            assertThat(c0.executionCount()).isEmpty();
            assertThat(c0.id()).contains("c0");
            assertThat(c0.source()).isEqualTo(old.source());
            assertThat(c0.metadata()).isEqualTo(old.metadata());
        });
        // After the final undo of doUndoRedo:
        assertThat(c0.state()).isEqualTo(old);
        assertThat(c0.outputs()).containsExactly(STREAM_0);
        assertThat(c0.executionCount()).contains(1);
    }

    @Test
    void changeTypeMarkdownToCodeDropsAttachmentsAndUndoRestoresThem() {
        doUndoRedo(Edits.changeType(nb, List.of(c1), CellType.CODE), n -> {
            assertThat(c1.type()).isEqualTo(CellType.CODE);
            assertThat(c1.state().attachments()).isNull();
            assertThat(c1.outputs()).isEmpty();
            assertThat(c1.source()).isEqualTo("# Title");
        });
        assertThat(c1.state().attachments()).isEqualTo(PNG_A);
    }

    @Test
    void changeTypeMarkdownToRawKeepsAttachments() {
        doUndoRedo(Edits.changeType(nb, List.of(c1), CellType.RAW), n -> {
            assertThat(c1.type()).isEqualTo(CellType.RAW);
            assertThat(c1.state().attachments()).isEqualTo(PNG_A);
        });
    }

    @Test
    void changeTypeOfSeveralCellsChangesOnlyThoseOfAnotherType() {
        CellState c4Before = c4.state();
        doUndoRedo(Edits.changeType(nb, List.of(c1, c3, c4), CellType.MARKDOWN), n -> {
            assertThat(c3.type()).isEqualTo(CellType.MARKDOWN);
            assertThat(c1.state().attachments()).isEqualTo(PNG_A);
            assertThat(c4.state()).isSameAs(c4Before);
        });
    }

    @Test
    void setMetadataReplacesTheCellMetadata() {
        JsonObject metadata = JsonObject.builder()
                .put("tags", JsonValue.of("x"))
                .put("scrolled", JsonValue.of(true))
                .build();
        doUndoRedo(Edits.setMetadata(nb, c3, metadata), n -> {
            assertThat(c3.metadata()).isSameAs(metadata);
            assertThat(c3.source()).isEqualTo("raw text");
        });
    }

    @Test
    void setEnvironmentAddsTheSectionAfterExistingKeys() {
        doUndoRedo(Edits.setEnvironment(nb, List.of(c0, c2), "gpu"), n -> {
            assertThat(c0.environment()).contains("gpu");
            assertThat(c2.environment()).contains("gpu");
            assertThat(c0.metadata().keys()).containsExactly("tags", Placement.METADATA_KEY);
            assertThat(c2.metadata().keys()).containsExactly("collapsed", Placement.METADATA_KEY);
            assertThat(c0.metadata().get("tags")).isEqualTo(Fixtures.sample().cell(0).metadata().get("tags"));
            assertThat(n.environmentOf(c0)).contains("gpu");
            assertThat(n.environmentOf(c1)).isEmpty();
        });
    }

    @Test
    void setEnvironmentKeepsOtherKeysAndTheirOrderInsideAndAroundTheSection() {
        JsonObject section = JsonObject.builder()
                .put("note", JsonValue.of("keep me"))
                .put(Placement.ENVIRONMENT_KEY, JsonValue.of("old"))
                .put("after", JsonValue.of(1))
                .build();
        JsonObject metadata = JsonObject.builder()
                .put("a", JsonValue.of(1))
                .put(Placement.METADATA_KEY, section)
                .put("z", JsonValue.of(2))
                .build();
        assertThat(nb.history().execute(Edits.setMetadata(nb, c3, metadata))).isTrue();
        nb.markSaved();

        doUndoRedo(Edits.setEnvironment(nb, List.of(c3), "hpc"), n -> {
            assertThat(c3.environment()).contains("hpc");
            assertThat(c3.metadata().keys()).containsExactly("a", Placement.METADATA_KEY, "z");
            JsonObject updated = c3.metadata().findObject(Placement.METADATA_KEY).orElseThrow();
            assertThat(updated.keys()).containsExactly("note", Placement.ENVIRONMENT_KEY, "after");
            assertThat(updated.get("note")).isEqualTo(new JsonString("keep me"));
        });

        doUndoRedo(Edits.setEnvironment(nb, List.of(c3), null), n -> {
            assertThat(c3.environment()).isEmpty();
            assertThat(c3.metadata().keys()).containsExactly("a", Placement.METADATA_KEY, "z");
            JsonObject updated = c3.metadata().findObject(Placement.METADATA_KEY).orElseThrow();
            assertThat(updated.keys()).containsExactly("note", "after");
        });
    }

    @Test
    void setEnvironmentNullRemovesASectionThatHeldOnlyTheEnvironment() {
        assertThat(nb.history().execute(Edits.setEnvironment(nb, List.of(c0), "gpu"))).isTrue();
        nb.markSaved();
        doUndoRedo(Edits.setEnvironment(nb, List.of(c0), null), n -> {
            assertThat(c0.environment()).isEmpty();
            assertThat(c0.metadata()).isEqualTo(Fixtures.sample().cell(0).metadata());
        });
    }

    @Test
    void setDefaultEnvironmentKeepsNotebookMetadataAndOrder() {
        JsonObject old = nb.metadata();
        doUndoRedo(Edits.setDefaultEnvironment(nb, "cluster"), n -> {
            assertThat(n.defaultEnvironment()).contains("cluster");
            assertThat(n.metadata().keys()).containsExactly("kernelspec", "language_info", Placement.METADATA_KEY);
            assertThat(n.metadata().get("kernelspec")).isSameAs(old.get("kernelspec"));
            assertThat(n.environmentOf(c0)).contains("cluster");
        });
        assertThat(nb.metadata()).isSameAs(old);
    }

    @Test
    void cellEnvironmentOverridesTheDefault() {
        assertThat(nb.apply(Edits.setDefaultEnvironment(nb, "cluster"))).isTrue();
        assertThat(nb.apply(Edits.setEnvironment(nb, List.of(c2), "gpu"))).isTrue();
        assertThat(nb.environmentOf(c2)).contains("gpu");
        assertThat(nb.environmentOf(c1)).contains("cluster");
    }

    @Test
    void setDefaultEnvironmentReplacingAnExistingOneKeepsItsPosition() {
        JsonObject metadata = JsonObject.builder()
                .put(Placement.METADATA_KEY, JsonObject.builder()
                        .put(Placement.ENVIRONMENT_KEY, JsonValue.of("old"))
                        .put("other", JsonValue.of(true))
                        .build())
                .put("kernelspec", JsonObject.EMPTY)
                .build();
        Notebook notebook = new Notebook(FormatVersion.CURRENT, metadata, List.of(), JsonObject.EMPTY);
        assertThat(notebook.apply(Edits.setDefaultEnvironment(notebook, "new"))).isTrue();
        assertThat(notebook.metadata().keys()).containsExactly(Placement.METADATA_KEY, "kernelspec");
        assertThat(notebook.metadata().findObject(Placement.METADATA_KEY).orElseThrow().keys())
                .containsExactly(Placement.ENVIRONMENT_KEY, "other");
        assertThat(notebook.defaultEnvironment()).contains("new");

        assertThat(notebook.apply(Edits.setDefaultEnvironment(notebook, null))).isTrue();
        assertThat(notebook.defaultEnvironment()).isEmpty();
        assertThat(notebook.metadata().keys()).containsExactly(Placement.METADATA_KEY, "kernelspec");

        assertThat(notebook.history().undo()).isTrue();
        assertThat(notebook.history().undo()).isTrue();
        assertThat(notebook.metadata()).isSameAs(metadata);
    }

    @Test
    void splitAtOneOffsetKeepsTheFirstPartInTheCellAndTrimsNewlinesAtTheCut() {
        // Supplier first offers ids already in the notebook: they must be skipped.
        nb.setIdSupplier(Fixtures.sequence("c0", "c3", "fresh"));
        CellState old = c2.state();
        Command split = Edits.split(nb, c2, "x = 1\n".length());
        doUndoRedo(split, n -> {
            assertThat(n.size()).isEqualTo(6);
            assertThat(n.cell(2)).isSameAs(c2);
            assertThat(c2.source()).isEqualTo("x = 1");
            assertThat(c2.id()).contains("c2");
            assertThat(c2.metadata()).isEqualTo(old.metadata());
            assertThat(c2.outputs()).containsExactly(RESULT_2);
            assertThat(c2.executionCount()).contains(2);

            Cell second = n.cell(3);
            assertThat(second.source()).isEqualTo("y = 2");
            assertThat(second.type()).isEqualTo(CellType.CODE);
            assertThat(second.id()).contains("fresh");
            assertThat(second.metadata()).isEqualTo(old.metadata());
            assertThat(second.outputs()).isEmpty();
            assertThat(second.executionCount()).isEmpty();
            assertThat(n.cell(4)).isSameAs(c3);
        });
    }

    @Test
    void splitAtTwoOffsetsMakesThreeCellsWithFreshDistinctIds() {
        // Offers existing ids and the same new id twice: the two new cells still get distinct fresh ids.
        nb.setIdSupplier(Fixtures.sequence("c1", "dup", "c4", "dup", "c1", "other"));
        Command editSource = Edits.editSource(nb, c1, "one\ntwo\r\nthree\n");
        assertThat(nb.apply(editSource)).isTrue();
        nb.markSaved();

        doUndoRedo(Edits.split(nb, c1, 4, 9), n -> {
            assertThat(sources(n).subList(1, 4)).containsExactly("one", "two", "three");
            assertThat(n.cell(1)).isSameAs(c1);
            assertThat(c1.id()).contains("c1");
            assertThat(c1.state().attachments()).isEqualTo(PNG_A);
            assertThat(ids(n)).containsExactly("c0", "c1", "dup", "other", "c2", "c3", "c4");
            assertThat(ids(n)).doesNotHaveDuplicates();
            for (Cell part : n.cells().subList(2, 4)) {
                assertThat(part.type()).isEqualTo(CellType.MARKDOWN);
                assertThat(part.state().attachments()).isNull();
                assertThat(part.metadata()).isEqualTo(c1.metadata());
            }
        });
    }

    @Test
    void mergeOfThreeMarkdownCellsJoinsSourcesCombinesAttachmentsAndDeletesTheOthers() {
        // c3 (raw) becomes markdown first so three markdown cells are merged, given out of order.
        assertThat(nb.apply(Edits.changeType(nb, List.of(c3), CellType.MARKDOWN))).isTrue();
        nb.markSaved();
        CellState old = c1.state();
        doUndoRedo(Edits.merge(nb, List.of(c4, c1, c3)), n -> {
            assertSameCells(n, List.of(c0, c1, c2));
            assertThat(c1.source()).isEqualTo("# Title\n\nraw text\n\nmore");
            assertThat(c1.type()).isEqualTo(CellType.MARKDOWN);
            assertThat(c1.id()).contains("c1");
            assertThat(c1.metadata()).isEqualTo(old.metadata());
            JsonObject attachments = c1.state().attachments();
            assertThat(attachments.keys()).containsExactly("a.png", "b.png");
            assertThat(attachments.get("a.png")).isEqualTo(PNG_A.get("a.png"));
            assertThat(attachments.get("b.png")).isEqualTo(PNG_B.get("b.png"));
        });
    }

    @Test
    void mergeOfThreeCodeCellsClearsOutputsAndKeepsNoAttachments() {
        assertThat(nb.apply(Edits.insert(nb, 5, List.of(CellState.of("c5", CellType.CODE, "print(x)"))))).isTrue();
        Cell c5 = nb.cell(5);
        nb.markSaved();
        doUndoRedo(Edits.merge(nb, List.of(c0, c2, c5)), n -> {
            assertSameCells(n, List.of(c0, c1, c3, c4));
            assertThat(c0.source()).isEqualTo("import os\n\nx = 1\n\ny = 2\n\nprint(x)");
            assertThat(c0.type()).isEqualTo(CellType.CODE);
            assertThat(c0.state().attachments()).isNull();
            assertThat(c0.outputs()).isEmpty();
            assertThat(c0.executionCount()).isEmpty();
            assertThat(c0.metadata()).isEqualTo(Fixtures.sample().cell(0).metadata());
        });
    }
}
