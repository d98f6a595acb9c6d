package dev.continuum.notebook;

import static dev.continuum.notebook.Fixtures.assertSameCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.continuum.notebook.Fixtures.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Notebook nb = Fixtures.sample();
    private final EditHistory history = nb.history();
    private final Cell c0 = nb.cell(0);
    private final Cell c1 = nb.cell(1);
    private final Cell c2 = nb.cell(2);
    private final Cell c3 = nb.cell(3);
    private final Cell c4 = nb.cell(4);

    @Test
    void aNewNotebookIsCleanWithNothingToUndoOrRedo() {
        assertThat(nb.isDirty()).isFalse();
        assertThat(history.isDirty()).isFalse();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDescription()).isEmpty();
        assertThat(history.redoDescription()).isEmpty();
        assertThat(history.undo()).isFalse();
        assertThat(history.redo()).isFalse();
        assertThat(history.revision()).isZero();
    }

    @Test
    void dirtyFollowsTheSavePointThroughUndoAndRedo() {
        assertThat(nb.apply(Edits.editSource(nb, c0, "a"))).isTrue();
        assertThat(nb.isDirty()).isTrue();
        nb.markSaved();
        assertThat(nb.isDirty()).isFalse();

        assertThat(nb.apply(Edits.editSource(nb, c0, "b"))).isTrue();
        assertThat(nb.isDirty()).isTrue();
        history.undo();
        assertThat(nb.isDirty()).as("undone back to the save point").isFalse();
        history.undo();
        assertThat(nb.isDirty()).as("undone past the save point").isTrue();
        history.redo();
        assertThat(nb.isDirty()).as("redone to the save point").isFalse();
        history.redo();
        assertThat(nb.isDirty()).isTrue();
    }

    @Test
    void undoingEveryEditOfAnUnsavedSessionIsClean() {
        nb.apply(Edits.move(nb, c0, 2));
        nb.apply(Edits.delete(nb, List.of(c4)));
        assertThat(nb.isDirty()).isTrue();
        history.undo();
        history.undo();
        assertThat(nb.isDirty()).isFalse();
    }

    @Test
    void staysDirtyWhenTheSavePointWasInTheRedoStackAndANewEditClearedIt() {
        nb.apply(Edits.editSource(nb, c0, "a"));
        nb.apply(Edits.editSource(nb, c0, "b"));
        nb.markSaved();
        history.undo();
        assertThat(nb.isDirty()).isTrue();
        assertThat(history.canRedo()).isTrue();

        nb.apply(Edits.editSource(nb, c0, "c"));
        assertThat(history.canRedo()).as("a new edit clears redo").isFalse();
        assertThat(nb.isDirty()).isTrue();
        history.undo();
        assertThat(c0.source()).isEqualTo("a");
        assertThat(nb.isDirty()).as("state 'a' was never saved").isTrue();
        history.undo();
        assertThat(nb.isDirty()).as("the start was not saved either").isTrue();
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void undoAndRedoDescriptionsFollowTheStacks() {
        nb.apply(Edits.delete(nb, List.of(c0, c1)));
        nb.apply(Edits.move(nb, c2, 1));
        assertThat(history.undoDescription()).contains("Move cell");
        history.undo();
        assertThat(history.undoDescription()).contains("Delete 2 cells");
        assertThat(history.redoDescription()).contains("Move cell");
        history.undo();
        assertThat(history.undoDescription()).isEmpty();
        assertThat(history.redoDescription()).contains("Delete 2 cells");
    }

    @Test
    void revisionGrowsByOneOnEveryExecuteUndoRedoAndSaveOnly() {
        AtomicInteger notified = new AtomicInteger();
        history.addListener(notified::incrementAndGet);
        long r = history.revision();

        assertThat(nb.apply(Edits.move(nb, c0, 1))).isTrue();
        assertThat(history.revision()).isEqualTo(r + 1);
        assertThat(nb.apply(Edits.move(nb, c0, 1))).as("refused: already there").isFalse();
        assertThat(history.revision()).isEqualTo(r + 1);
        history.undo();
        assertThat(history.revision()).isEqualTo(r + 2);
        history.redo();
        assertThat(history.revision()).isEqualTo(r + 3);
        nb.markSaved();
        assertThat(history.revision()).isEqualTo(r + 4);
        assertThat(history.redo()).isFalse();
        assertThat(history.revision()).isEqualTo(r + 4);
        assertThat(notified.get()).isEqualTo(4);
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new EditHistory(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new EditHistory(1).canUndo()).isFalse();
    }

    @Test
    void aBoundedHistoryDropsTheOldestEdits() {
        EditHistory bounded = new EditHistory(2);
        assertThat(bounded.execute(Edits.move(nb, c0, 4))).isTrue();   // c1 c2 c3 c4 c0
        assertThat(bounded.execute(Edits.delete(nb, List.of(c2)))).isTrue(); // c1 c3 c4 c0
        assertThat(bounded.execute(Edits.editSource(nb, c3, "x"))).isTrue();

        assertThat(bounded.undo()).isTrue();
        assertThat(c3.source()).isEqualTo("raw text");
        assertThat(bounded.undo()).isTrue();
        assertSameCells(nb, List.of(c1, c2, c3, c4, c0));
        assertThat(bounded.canUndo()).isFalse();
        assertThat(bounded.undo()).as("the move fell off").isFalse();
        assertSameCells(nb, List.of(c1, c2, c3, c4, c0));

        assertThat(bounded.redo()).isTrue();
        assertThat(bounded.redo()).isTrue();
        assertSameCells(nb, List.of(c1, c3, c4, c0));
        assertThat(c3.source()).isEqualTo("x");
    }

    /**
     * Once the oldest edit has fallen off, undoing everything left does not give back the saved
     * state, so the history must say dirty. Fails at the time of writing: isDirty() compares the top
     * of an empty stack with the initial save point and answers clean.
     */
    @Test
    void undoingAllThatIsLeftAfterTheOldestFellOffIsStillDirty() {
        EditHistory bounded = new EditHistory(1);
        assertThat(bounded.isDirty()).isFalse();
        bounded.execute(Edits.move(nb, c0, 4));
        bounded.execute(Edits.editSource(nb, c1, "changed"));
        assertThat(bounded.undo()).isTrue();
        assertThat(bounded.canUndo()).isFalse();
        assertThat(nb.cell(4)).as("the dropped move is still applied").isSameAs(c0);
        assertThat(bounded.isDirty()).as("differs from the saved (initial) notebook").isTrue();
    }

    /**
     * The save point was the edit that then fell off the bottom of the stack; undoing everything
     * left gives back exactly the saved state, so the history should say clean again (class javadoc:
     * "undoing back to the save point makes it clean again"). Fails at the time of writing (reports
     * dirty: conservative, but wrong).
     */
    @Test
    void undoingBackToASavePointWhoseEditFellOffIsClean() {
        EditHistory bounded = new EditHistory(1);
        bounded.execute(Edits.move(nb, c0, 4));
        bounded.markSaved();
        bounded.execute(Edits.editSource(nb, c1, "changed")); // the move falls off
        assertThat(bounded.isDirty()).isTrue();
        assertThat(bounded.undo()).isTrue();
        assertThat(bounded.canUndo()).isFalse();
        assertThat(c1.source()).isEqualTo("# Title");
        assertThat(nb.cell(4)).isSameAs(c0);
        assertThat(bounded.isDirty()).as("back at the save point").isFalse();
    }

    @Test
    void anEditStartedFromAChangeListenerIsRefusedAndTheOuterEditCompletes() {
        Snapshot before = Snapshot.of(nb);
        List<RuntimeException> refusals = new ArrayList<>();
        NotebookListener meddler = change -> {
            for (Runnable attempt : List.<Runnable>of(
                    () -> nb.apply(Edits.insertNew(nb, 0, CellType.CODE)),
                    history::undo,
                    history::redo)) {
                try {
                    attempt.run();
                } catch (IllegalStateException e) {
                    refusals.add(e);
                }
            }
        };
        nb.addListener(meddler);
        assertThat(nb.apply(Edits.delete(nb, List.of(c1, c3)))).isTrue();
        nb.removeListener(meddler);

        assertThat(refusals).hasSize(6); // three attempts for each of the two removals
        assertSameCells(nb, List.of(c0, c2, c4));
        assertThat(history.undoDescription()).contains("Delete 2 cells");
        assertThat(history.canRedo()).isFalse();
        assertThat(nb.isDirty()).isTrue();

        assertThat(history.undo()).isTrue();
        before.assertMatches(nb);
        assertThat(nb.isDirty()).isFalse();
        assertThat(history.canUndo()).isFalse();
    }

    /**
     * A listener that lets the refusal escape must not leave a half-done edit that the history does
     * not know about: afterwards either the whole edit is done and undoable, or nothing changed.
     * Fails at the time of writing: the exception unwinds through the command after its first
     * elementary change, so one of two cells is deleted, nothing is recorded and the notebook says
     * it is clean.
     */
    @Test
    void anEditRefusedInsideAListenerLeavesNotebookAndHistoryInAgreementEvenIfTheListenerThrows() {
        Snapshot before = Snapshot.of(nb);
        NotebookListener meddler = change -> nb.apply(Edits.insertNew(nb, 0, CellType.CODE));
        nb.addListener(meddler);
        try {
            nb.apply(Edits.delete(nb, List.of(c1, c3)));
        } catch (IllegalStateException refused) {
            assertThat(refused).hasMessageContaining("another edit is running");
        } finally {
            nb.removeListener(meddler);
        }

        assertThat(nb.cells()).as("the refused insert never happened").noneMatch(c -> c.id().orElseThrow().startsWith("n"));
        if (history.canUndo()) {
            assertSameCells(nb, List.of(c0, c2, c4));
            assertThat(nb.isDirty()).isTrue();
            assertThat(history.undo()).isTrue();
            before.assertMatches(nb);
        } else {
            before.assertMatches(nb);
            assertThat(nb.isDirty()).isFalse();
        }
        assertThat(nb.apply(Edits.move(nb, c0, 1))).as("the history is not left busy").isTrue();
    }
}
