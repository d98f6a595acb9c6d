package dev.continuum.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.NotebookChange.CellMoved;
import dev.continuum.notebook.NotebookChange.CellUpdated;
import dev.continuum.notebook.NotebookChange.CellsInserted;
import dev.continuum.notebook.NotebookChange.CellsRemoved;
import dev.continuum.notebook.NotebookChange.MetadataChanged;
import dev.continuum.notebook.json.JsonObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Listeners get one event per elementary change, in order, after the change is made, with indices
 * and states that let a view replay them; undo sends the reverse events.
 */
class ChangeEventsTest {

    private final Notebook nb = Fixtures.sample();
    private final Cell c0 = nb.cell(0);
    private final Cell c1 = nb.cell(1);
    private final Cell c2 = nb.cell(2);
    private final Cell c3 = nb.cell(3);
    private final Cell c4 = nb.cell(4);
    private final Mirror mirror = new Mirror(nb);

    /**
     * A view kept up to date only from events. Each event is checked against what the view knew
     * (the cells removed stood there, the state before is the one it had) and, once replayed, the
     * view must equal the notebook as it stands when the event arrives.
     */
    static final class Mirror implements NotebookListener {
        final Notebook notebook;
        final List<Cell> cells;
        final Map<Cell, CellState> states = new IdentityHashMap<>();
        JsonObject metadata;
        final List<NotebookChange> events = new ArrayList<>();

        Mirror(Notebook notebook) {
            this.notebook = notebook;
            this.cells = new ArrayList<>(notebook.cells());
            notebook.cells().forEach(c -> states.put(c, c.state()));
            this.metadata = notebook.metadata();
            notebook.addListener(this);
        }

        @Override
        public void changed(NotebookChange change) {
            events.add(change);
            switch (change) {
                case CellsInserted e -> {
                    assertThat(e.index()).isBetween(0, cells.size());
                    assertThat(e.cells()).isNotEmpty();
                    cells.addAll(e.index(), e.cells());
                    e.cells().forEach(c -> states.put(c, c.state()));
                }
                case CellsRemoved e -> {
                    List<Cell> range = cells.subList(e.index(), e.index() + e.cells().size());
                    for (int i = 0; i < range.size(); i++) {
                        assertThat(range.get(i)).as("removed cell %d", i).isSameAs(e.cells().get(i));
                    }
                    range.clear();
                }
                case CellMoved e -> {
                    assertThat(cells.get(e.from())).as("moved cell").isSameAs(e.cell());
                    assertThat(e.from()).isNotEqualTo(e.to());
                    cells.add(e.to(), cells.remove(e.from()));
                }
                case CellUpdated e -> {
                    assertThat(cells).as("updated cell is present").anyMatch(c -> c == e.cell());
                    assertThat(e.before()).as("state before").isEqualTo(states.get(e.cell()));
                    assertThat(e.after()).isNotEqualTo(e.before());
                    assertThat(e.cell().state()).as("cell already holds the new state").isEqualTo(e.after());
                    states.put(e.cell(), e.after());
                }
                case MetadataChanged e -> {
                    assertThat(e.before()).isEqualTo(metadata);
                    assertThat(notebook.metadata()).isEqualTo(e.after());
                    metadata = e.after();
                }
            }
            Fixtures.assertSameCells(notebook, cells);
        }

        /** Events since the last call. */
        List<NotebookChange> take() {
            List<NotebookChange> taken = List.copyOf(events);
            events.clear();
            return taken;
        }
    }

    private List<NotebookChange> execute(Command command) {
        assertThat(nb.history().execute(command)).isTrue();
        return mirror.take();
    }

    private List<NotebookChange> undo() {
        assertThat(nb.history().undo()).isTrue();
        return mirror.take();
    }

    private List<NotebookChange> redo() {
        assertThat(nb.history().redo()).isTrue();
        return mirror.take();
    }

    @Test
    void insertAndItsUndo() {
        InsertCells insert = Edits.insert(nb, 1, List.of(CellState.of("a", CellType.CODE, "a"),
                CellState.of("b", CellType.CODE, "b")));
        List<Cell> added = insert.cells();
        assertThat(execute(insert)).containsExactly(new CellsInserted(1, added));
        assertThat(undo()).containsExactly(new CellsRemoved(1, added));
        assertThat(redo()).containsExactly(new CellsInserted(1, added));
    }

    @Test
    void deleteOfNonAdjacentCellsAndItsUndo() {
        List<NotebookChange> deleted = execute(Edits.delete(nb, List.of(c1, c3)));
        // Removing from the back or from the front are both right, with indices as they stand at each step
        // (the mirror checked each one when it arrived).
        assertThat(deleted).isIn(
                List.of(new CellsRemoved(3, List.of(c3)), new CellsRemoved(1, List.of(c1))),
                List.of(new CellsRemoved(1, List.of(c1)), new CellsRemoved(2, List.of(c3))));
        Fixtures.assertSameCells(nb, List.of(c0, c2, c4));

        assertThat(undo()).isIn(
                List.of(new CellsInserted(1, List.of(c1)), new CellsInserted(3, List.of(c3))),
                List.of(new CellsInserted(2, List.of(c3)), new CellsInserted(1, List.of(c1))));
        Fixtures.assertSameCells(nb, List.of(c0, c1, c2, c3, c4));
    }

    @Test
    void moveAndItsUndo() {
        assertThat(execute(Edits.move(nb, c0, 3))).containsExactly(new CellMoved(c0, 0, 3));
        assertThat(undo()).containsExactly(new CellMoved(c0, 3, 0));
        assertThat(redo()).containsExactly(new CellMoved(c0, 0, 3));
    }

    @Test
    void updateAndItsUndoSwapBeforeAndAfter() {
        CellState before = c2.state();
        CellState after = before.withSource("changed");
        assertThat(execute(Edits.editSource(nb, c2, "changed"))).containsExactly(new CellUpdated(c2, before, after));
        assertThat(undo()).containsExactly(new CellUpdated(c2, after, before));
    }

    @Test
    void updateOfSeveralCellsSendsOneEventPerChangedCellOnly() {
        CellState b0 = c0.state();
        CellState b2 = c2.state();
        List<NotebookChange> events = execute(Edits.clearOutputs(nb, List.of(c0, c1, c2, c3)));
        assertThat(events).containsExactly(
                new CellUpdated(c0, b0, b0.withOutputs(List.of(), null)),
                new CellUpdated(c2, b2, b2.withOutputs(List.of(), null)));
        assertThat(undo()).hasSize(2).allMatch(e -> e instanceof CellUpdated);
        assertThat(c0.state()).isEqualTo(b0);
        assertThat(c2.state()).isEqualTo(b2);
    }

    @Test
    void notebookMetadataAndItsUndo() {
        JsonObject before = nb.metadata();
        List<NotebookChange> events = execute(Edits.setDefaultEnvironment(nb, "cluster"));
        JsonObject after = nb.metadata();
        assertThat(events).containsExactly(new MetadataChanged(before, after));
        assertThat(undo()).containsExactly(new MetadataChanged(after, before));
    }

    @Test
    void splitIsAnUpdateThenAnInsertAndUndoIsTheReverse() {
        CellState before = c2.state();
        List<NotebookChange> events = execute(Edits.split(nb, c2, 6));
        Cell added = nb.cell(3);
        assertThat(events).containsExactly(
                new CellUpdated(c2, before, before.withSource("x = 1")),
                new CellsInserted(3, List.of(added)));
        assertThat(undo()).containsExactly(
                new CellsRemoved(3, List.of(added)),
                new CellUpdated(c2, before.withSource("x = 1"), before));
    }

    @Test
    void mergeIsAnUpdateThenRemovalsAndUndoIsTheReverse() {
        CellState before = c1.state();
        List<NotebookChange> events = execute(Edits.merge(nb, List.of(c1, c2, c4)));
        CellState merged = c1.state();
        assertThat(events).isIn(
                List.of(new CellUpdated(c1, before, merged),
                        new CellsRemoved(4, List.of(c4)), new CellsRemoved(2, List.of(c2))),
                List.of(new CellUpdated(c1, before, merged),
                        new CellsRemoved(2, List.of(c2)), new CellsRemoved(3, List.of(c4))));
        assertThat(undo()).isIn(
                List.of(new CellsInserted(2, List.of(c2)), new CellsInserted(4, List.of(c4)),
                        new CellUpdated(c1, merged, before)),
                List.of(new CellsInserted(3, List.of(c4)), new CellsInserted(2, List.of(c2)),
                        new CellUpdated(c1, merged, before)));
        Fixtures.assertSameCells(nb, List.of(c0, c1, c2, c3, c4));
    }

    @Test
    void setOutputsSendsAnUpdate() {
        CellState before = c0.state();
        Output out = new StreamOutput(StreamOutput.STDERR, "warning\n");
        nb.setOutputs(c0, List.of(out), 5);
        assertThat(mirror.take()).containsExactly(new CellUpdated(c0, before, before.withOutputs(List.of(out), 5)));
    }

    @Test
    void aRemovedListenerGetsNothingMore() {
        List<NotebookChange> other = new ArrayList<>();
        NotebookListener listener = other::add;
        nb.addListener(listener);
        execute(Edits.move(nb, c0, 1));
        nb.removeListener(listener);
        execute(Edits.move(nb, c0, 2));
        assertThat(other).containsExactly(new CellMoved(c0, 0, 1));
    }

    @Test
    void aLongSequenceReplaysExactlyAndUndoingAllRestoresTheStart() {
        List<Cell> start = List.copyOf(nb.cells());
        List<CellState> startStates = Fixtures.states(nb);
        execute(Edits.insertNew(nb, 0, CellType.MARKDOWN));
        execute(Edits.delete(nb, List.of(c4, c0, c2)));
        execute(Edits.move(nb, c3, 0));
        execute(Edits.changeType(nb, List.of(c1, c3), CellType.CODE));
        execute(Edits.merge(nb, List.of(c1, c3)));
        execute(Edits.split(nb, c3, 3));
        execute(Edits.setDefaultEnvironment(nb, "x"));
        while (nb.history().canUndo()) {
            undo();
        }
        Fixtures.assertSameCells(nb, start);
        assertThat(Fixtures.states(nb)).isEqualTo(startStates);
        assertThat(mirror.cells).isEqualTo(start);
    }
}
