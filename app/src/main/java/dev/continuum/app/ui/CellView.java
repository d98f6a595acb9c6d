package dev.continuum.app.ui;

import dev.continuum.app.notebook.CellViewModel;
import dev.continuum.app.notebook.NotebookViewModel;
import dev.continuum.editor.CodeEditor;
import dev.continuum.editor.markdown.Attachments;
import dev.continuum.editor.markdown.MarkdownRenderer;
import dev.continuum.editor.output.OutputArea;
import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One cell on screen: prompt, editor (or rendered markdown), outputs. The list reuses these views
 * as it scrolls, so a view re-binds to whichever cell it shows and keeps its editor.
 */
final class CellView extends ListCell<CellViewModel> {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("cell-active");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("cell-selected");
    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("cell-editing");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("cell-running");
    private static final PseudoClass QUEUED = PseudoClass.getPseudoClass("cell-queued");

    private static final double CHOOSER_WIDTH = 118;

    private final NotebookViewModel notebook;
    private final CellHeights heights;
    private final MarkdownRenderer markdown;
    private final Label prompt = new Label();
    private final Label runTime = new Label();
    private final EnvironmentChooser environment;
    private final VBox promptColumn = new VBox(2, prompt, runTime);
    private final CodeEditor editor = new CodeEditor("python");
    private final VBox body = new VBox();
    private final HBox row = new HBox(promptColumn, body);
    private final List<Runnable> unbind = new ArrayList<>();
    private CellViewModel bound;
    private boolean updatingEditor;

    CellView(NotebookViewModel notebook, Consumer<String> openLink, CellHeights heights,
            dev.continuum.app.environments.EnvironmentChoices choices) {
        this.notebook = notebook;
        this.heights = heights;
        this.environment = new EnvironmentChooser(choices,
                () -> "default (" + choices.label(notebook.notebook().defaultEnvironment().orElse("local")) + ")",
                this::chooseEnvironment);
        environment.node().getStyleClass().add("cell-environment");
        // Sized here, not in CSS: a hidden chooser (markdown cells) gets no CSS, and every cell's
        // prompt column must be as wide for the cells to line up.
        environment.node().setMinWidth(CHOOSER_WIDTH);
        environment.node().setPrefWidth(CHOOSER_WIDTH);
        environment.node().setMaxWidth(CHOOSER_WIDTH);
        environment.node().setTooltip(new javafx.scene.control.Tooltip("Where this cell runs (applies to the selected cells)"));
        promptColumn.getChildren().add(environment.node());
        this.markdown = new MarkdownRenderer(openLink,
                notebook.document().path().map(p -> p.toAbsolutePath().getParent()).orElse(null));
        prompt.getStyleClass().add("cell-prompt");
        runTime.getStyleClass().add("cell-run-time");
        promptColumn.getStyleClass().add("cell-prompt-column");
        // Code asking for input shows a field under its cell, as JupyterLab does.
        notebook.kernels().inputRequestProperty().addListener((obs, old, now) -> {
            if (bound != null && bound.runStateProperty().get() == dev.continuum.app.notebook.RunState.RUNNING) {
                render();
            }
        });
        body.getStyleClass().add("cell-body");
        HBox.setHgrow(body, Priority.ALWAYS);
        row.setFillHeight(true);
        // The list must not grow sideways to fit a long line: cells take the list's width and wrap.
        setPrefWidth(0);
        listViewProperty().addListener((obs, old, list) -> {
            row.maxWidthProperty().unbind();
            if (list != null) {
                row.maxWidthProperty().bind(list.widthProperty().subtract(48));
                row.prefWidthProperty().bind(list.widthProperty().subtract(48));
            }
        });
        setGraphic(null);
        editor.setCompletionSource((text, caret) -> bound == null
                ? java.util.concurrent.CompletableFuture.completedFuture(dev.continuum.editor.completion.Suggestions.NONE)
                : notebook.kernels().complete(bound, text, caret));
        editor.textProperty().addListener((obs, old, text) -> {
            fitEditorHeight(text);
            if (!updatingEditor && bound != null) {
                notebook.sourceTyped(bound, text);
            }
        });
        // Content that learns its size late (images decoded in the background, web outputs) must
        // make the list measure this cell again, or cells would overlap.
        body.heightProperty().addListener((obs, old, now) -> remeasure());
        body.needsLayoutProperty().addListener((obs, old, now) -> {
            if (now) {
                remeasure();
            }
        });
        editor.node().addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (bound != null) {
                activate(event.isShiftDown());
                notebook.enterEditMode();
            }
        });
        editor.node().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.MINUS && event.isShortcutDown() && event.isShiftDown()) {
                notebook.splitActiveCell(editor.caretPositionProperty().getValue());
                event.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (bound == null) {
                return;
            }
            activate(event.isShiftDown());
            if (event.getClickCount() == 2 && bound.state().type() == CellType.MARKDOWN) {
                notebook.enterEditMode();
            }
        });
    }

    /**
     * The height the cell's content needs at the width the list gives it. ListCell's own answer
     * measures its graphic at its preferred width (unwrapped text, unshrunk images), which is not the
     * width it gets, so wrapped markdown and fitted images would overflow into the next cell.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (bound != null && isSizingOnly()) {
            double insets = getInsets().getTop() + getInsets().getBottom();
            return heights.heightOf(bound, notebook.editorText(bound), width, viewportHeight()) + insets;
        }
        if (bound == null || getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        double available = width > 0 ? width : getListView() == null ? -1 : getListView().getWidth();
        javafx.geometry.Insets insets = getInsets();
        double contentWidth = available > 0
                ? Math.min(row.getMaxWidth() > 0 ? row.getMaxWidth() : Double.MAX_VALUE, available - insets.getLeft() - insets.getRight())
                : -1;
        double height = row.prefHeight(contentWidth) + insets.getTop() + insets.getBottom();
        if (width > 0) {
            heights.remember(bound, width, height - insets.getTop() - insets.getBottom());
        }
        return height;
    }

    /**
     * Whether this is the list's hidden cell that only measures unseen items for the scroll bar
     * (it lives in an invisible group); it answers from {@link CellHeights} instead of rendering.
     */
    private boolean isSizingOnly() {
        return getParent() instanceof javafx.scene.Group group && !group.isVisible();
    }

    private double viewportHeight() {
        return getListView() == null ? 800 : getListView().getHeight();
    }

    private void remeasure() {
        if (getListView() != null && Math.abs(body.prefHeight(body.getWidth()) - body.getHeight()) > 1) {
            javafx.application.Platform.runLater(() -> {
                requestLayout();
                if (getListView() != null) {
                    getListView().requestLayout();
                    javafx.scene.Node flow = getListView().lookup(".virtual-flow");
                    if (flow instanceof javafx.scene.Parent parent) {
                        parent.requestLayout();
                    }
                }
            });
        }
    }

    /** The editor's height from its text: the list must know a cell's height before the editor lays out. */
    private void fitEditorHeight(String text) {
        EditorHeight fit = EditorHeight.of(text, viewportHeight());
        editor.setScrollsInside(fit.scrollsInside());
        if (editor.node() instanceof javafx.scene.layout.Region region) {
            region.setMinHeight(fit.height());
            region.setPrefHeight(fit.height());
            region.setMaxHeight(fit.height());
        }
    }

    /** The chooser applies to the selection; a cell outside it is selected first, as a click would. */
    private void chooseEnvironment(String name) {
        if (bound == null) {
            return;
        }
        if (!bound.selectedProperty().get()) {
            activate(false);
        }
        notebook.setEnvironment(name);
        if (getListView() != null) {
            getListView().requestFocus(); // Ctrl-Z (command mode) can undo the choice at once
        }
    }

    private void activate(boolean extend) {
        int index = getIndex();
        if (extend) {
            notebook.extendSelectionTo(index);
        } else if (notebook.activeIndexProperty().get() != index) {
            notebook.select(index);
        }
    }

    @Override
    protected void updateItem(CellViewModel cell, boolean empty) {
        super.updateItem(cell, empty);
        unbind.forEach(Runnable::run);
        unbind.clear();
        bound = empty ? null : cell;
        if (bound == null || isSizingOnly()) {
            body.getChildren().clear();
            setGraphic(null);
            pseudoClassStateChanged(ACTIVE, false);
            pseudoClassStateChanged(SELECTED, false);
            pseudoClassStateChanged(EDITING, false);
            pseudoClassStateChanged(RUNNING, false);
            pseudoClassStateChanged(QUEUED, false);
            return;
        }
        listen(cell.stateProperty(), (obs, old, now) -> render());
        listen(cell.activeProperty(), (obs, old, now) -> pseudoClassStateChanged(ACTIVE, now));
        listen(cell.selectedProperty(), (obs, old, now) -> pseudoClassStateChanged(SELECTED, now));
        listen(cell.runStateProperty(), (obs, old, now) -> {
            showRunState();
            if (now == dev.continuum.app.notebook.RunState.IDLE) {
                render(); // an input field of the finished run goes away
            }
        });
        listen(cell.lastRunTimeProperty(), (obs, old, now) -> showRunState());
        listen(notebook.defaultEnvironmentProperty(), (obs, old, now) -> render()); // "default (NAME)" follows
        listen(cell.editingProperty(), (obs, old, now) -> {
            pseudoClassStateChanged(EDITING, now);
            if (bound.state().type() == CellType.MARKDOWN) {
                render();
            }
            if (now) {
                editor.requestFocus();
            }
        });
        pseudoClassStateChanged(ACTIVE, cell.activeProperty().get());
        pseudoClassStateChanged(SELECTED, cell.selectedProperty().get());
        pseudoClassStateChanged(EDITING, cell.editingProperty().get());
        showRunState();
        render();
        setGraphic(row);
        if (cell.editingProperty().get()) {
            editor.requestFocus();
        }
    }

    private <T> void listen(javafx.beans.value.ObservableValue<T> value, ChangeListener<T> listener) {
        value.addListener(listener);
        unbind.add(() -> value.removeListener(listener));
    }

    /** The prompt ({@code [*]} while queued or running), the busy marker, and how long the last run took. */
    private void showRunState() {
        dev.continuum.app.notebook.RunState state = bound.runStateProperty().get();
        pseudoClassStateChanged(RUNNING, state == dev.continuum.app.notebook.RunState.RUNNING);
        pseudoClassStateChanged(QUEUED, state == dev.continuum.app.notebook.RunState.QUEUED);
        prompt.setText(bound.prompt());
        java.time.Duration took = bound.lastRunTimeProperty().get();
        runTime.setText(state != dev.continuum.app.notebook.RunState.IDLE || took == null ? "" : RunTimes.describe(took));
    }

    /** Shows the cell's current content: editor and outputs, or rendered markdown. */
    private void render() {
        CellState state = bound.state();
        prompt.setText(bound.prompt());
        boolean code = state.type() == CellType.CODE;
        environment.node().setVisible(code);
        if (code) {
            environment.show(dev.continuum.notebook.Placement.environmentOf(state.metadata()).orElse(null));
        }
        List<Node> parts = new ArrayList<>();
        switch (state.type()) {
            case CODE -> {
                setEditorText(notebook.editorText(bound), bound.language(notebook.notebookLanguage()));
                parts.add(editor.node());
                if (!state.outputs().isEmpty()) {
                    parts.add(new OutputArea(state.outputs(), state.metadata(), notebook.isTrusted()).node());
                }
                dev.continuum.app.notebook.InputRequest asked = notebook.kernels().inputRequestProperty().get();
                if (asked != null && bound.runStateProperty().get() == dev.continuum.app.notebook.RunState.RUNNING) {
                    parts.add(InputField.create(asked));
                }
            }
            case MARKDOWN -> {
                if (bound.editingProperty().get() || state.source().isBlank()) {
                    setEditorText(notebook.editorText(bound), "markdown");
                    parts.add(editor.node());
                } else {
                    parts.add(markdown.render(state.source(), Attachments.fromJson(state.attachments())));
                }
            }
            case RAW -> {
                setEditorText(notebook.editorText(bound), "raw");
                parts.add(editor.node());
            }
            case UNRECOGNIZED -> {
                Label note = new Label("A cell of type \"" + state.extra().findString("cell_type").orElse("?")
                        + "\" that this version does not know; it is kept exactly as it is.");
                note.getStyleClass().add("cell-unrecognized");
                parts.add(note);
            }
        }
        body.getChildren().setAll(parts);
    }

    private void setEditorText(String source, String language) {
        editor.setLanguage(language);
        if (!editor.getText().equals(source)) {
            updatingEditor = true;
            try {
                editor.replaceText(source);
            } finally {
                updatingEditor = false;
            }
        }
    }
}
