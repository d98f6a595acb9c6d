package dev.continuum.app.ui;

import dev.continuum.app.notebook.CellViewModel;
import dev.continuum.app.notebook.NotebookViewModel;
import dev.continuum.app.notebook.SaveState;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A notebook's tab: its cells in a virtualised list (only the cells on screen build editors), a
 * find/replace bar, and a bar offering to reload when the file changed on disk.
 */
final class NotebookView {

    private final NotebookViewModel notebook;
    private final ListView<CellViewModel> list;
    private final VBox root = new VBox();
    private final HBox findBar;
    private final HBox diskBar;
    private final TextField query = new TextField();
    private boolean syncing;
    /** Kept here so the weak listener lives as long as this view: names loaded later re-mark the cells. */
    private final javafx.collections.ListChangeListener<String> namesChanged;

    NotebookView(NotebookViewModel notebook, Consumer<String> openLink, dev.continuum.app.environments.EnvironmentChoices choices) {
        this.notebook = notebook;
        list = new ListView<>(notebook.cells());
        list.getStyleClass().add("notebook");
        // A preview (the first cells while a big file is read) is for looking only.
        list.setMouseTransparent(notebook.isPreview());
        CellHeights heights = new CellHeights();
        list.setCellFactory(view -> new CellView(notebook, openLink, heights, choices));
        namesChanged = change -> list.refresh();
        choices.names().addListener(new javafx.collections.WeakListChangeListener<>(namesChanged));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (notebook.handleKey(Keys.of(event))) {
                event.consume();
            }
        });
        notebook.activeIndexProperty().addListener((obs, old, index) -> showActive(index.intValue()));
        // Command mode: keys belong to the list (as in JupyterLab, Esc takes focus out of the editor),
        // also when the focused editor disappears because its cell was re-rendered.
        notebook.modeProperty().addListener((obs, old, mode) -> {
            if (mode == dev.continuum.app.notebook.Mode.COMMAND) {
                list.requestFocus();
            }
        });
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> {
                    boolean lost = now == null || now.getScene() == null;
                    if (lost && root.getScene() != null && notebook.modeProperty().get() == dev.continuum.app.notebook.Mode.COMMAND) {
                        javafx.application.Platform.runLater(list::requestFocus);
                    }
                });
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing && index.intValue() >= 0 && index.intValue() != notebook.activeIndexProperty().get()) {
                notebook.select(index.intValue());
            }
        });
        findBar = findBar();
        diskBar = diskBar();
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(diskBar, findBar, list);
        root.getProperties().put(NotebookView.class, this);
        showActive(notebook.activeIndexProperty().get());
    }

    VBox node() {
        return root;
    }

    void focus() {
        list.requestFocus();
    }

    void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        query.requestFocus();
        query.selectAll();
    }

    private void showActive(int index) {
        if (index < 0) {
            return;
        }
        syncing = true;
        list.getSelectionModel().clearAndSelect(index);
        syncing = false;
        var flow = list.lookup(".virtual-flow");
        if (!(flow instanceof javafx.scene.control.skin.VirtualFlow<?> virtual)
                || virtual.getFirstVisibleCell() == null || virtual.getLastVisibleCell() == null
                || index <= virtual.getFirstVisibleCell().getIndex() || index >= virtual.getLastVisibleCell().getIndex()) {
            list.scrollTo(Math.max(0, index - 1));
        }
    }

    private HBox findBar() {
        TextField replacement = new TextField();
        CheckBox matchCase = new CheckBox("Match case");
        Label result = new Label();
        query.setPromptText("Find in notebook");
        replacement.setPromptText("Replace with");
        Button next = new Button("Find next");
        next.setOnAction(e -> result.setText(notebook.findNext(query.getText(), matchCase.isSelected()) < 0 ? "No match" : ""));
        query.setOnAction(e -> next.fire());
        Button replaceAll = new Button("Replace all");
        replaceAll.setOnAction(e -> result.setText(
                notebook.replaceAll(query.getText(), replacement.getText(), matchCase.isSelected()) + " replaced"));
        Button close = new Button("Close");
        HBox bar = new HBox(8, query, replacement, matchCase, next, replaceAll, result, close);
        close.setOnAction(e -> {
            bar.setVisible(false);
            bar.setManaged(false);
            list.requestFocus();
        });
        bar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.fire();
            }
        });
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    private HBox diskBar() {
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.concat(notebook.fileName(),
                " changed on disk since it was opened."));
        Button reload = new Button("Reload from disk");
        reload.setOnAction(e -> notebook.revert());
        Button overwrite = new Button("Keep mine and overwrite");
        overwrite.setOnAction(e -> notebook.save(true));
        HBox bar = new HBox(10, text, reload, overwrite);
        bar.getStyleClass().add("disk-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Runnable update = () -> {
            boolean changed = notebook.saveStateProperty().get() == SaveState.CHANGED_ON_DISK;
            bar.setVisible(changed);
            bar.setManaged(changed);
        };
        notebook.saveStateProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return bar;
    }
}
