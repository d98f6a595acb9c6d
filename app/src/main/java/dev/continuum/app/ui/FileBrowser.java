package dev.continuum.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The side panel's folder tree, as JupyterLab's file browser: folders first, notebooks marked,
 * a folder listed (in the background) when it is first expanded; double-click opens a notebook.
 */
final class FileBrowser {

    private final TreeView<Path> tree = new TreeView<>();
    private final BackgroundTasks tasks;

    FileBrowser(Path root, BackgroundTasks tasks, Consumer<Path> open) {
        this.tasks = tasks;
        TreeItem<Path> rootItem = folderItem(root);
        rootItem.setExpanded(true);
        tree.setRoot(rootItem);
        tree.getStyleClass().add("file-browser");
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(Path path, boolean empty) {
                super.updateItem(path, empty);
                if (empty || path == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(path.getFileName() == null ? path.toString() : path.getFileName().toString());
                boolean folder = getTreeItem() != null && !getTreeItem().isLeaf();
                setGraphic(new FontIcon(folder ? Feather.FOLDER : isNotebook(path) ? Feather.BOOK_OPEN : Feather.FILE));
            }
        });
        tree.setOnMouseClicked(event -> {
            TreeItem<Path> item = tree.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && item != null && isNotebook(item.getValue())) {
                open.accept(item.getValue());
            }
        });
    }

    TreeView<Path> node() {
        return tree;
    }

    private TreeItem<Path> folderItem(Path folder) {
        TreeItem<Path> item = new TreeItem<>(folder) {
            private boolean listed;

            @Override
            public boolean isLeaf() {
                return false;
            }

            {
                expandedProperty().addListener((obs, was, expanded) -> {
                    if (expanded && !listed) {
                        listed = true;
                        list(this);
                    }
                });
            }
        };
        return item;
    }

    private void list(TreeItem<Path> folder) {
        tasks.run(() -> children(folder.getValue()), children -> folder.getChildren().setAll(children.stream()
                .map(entry -> entry.folder() ? folderItem(entry.path()) : new TreeItem<>(entry.path())).toList()), error -> { });
    }

    /** A folder's entry, with whether it is a folder itself (asked in the background, not on the UI thread). */
    private record Entry(Path path, boolean folder) {
    }

    private static List<Entry> children(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith("."))
                    .map(path -> new Entry(path, Files.isDirectory(path)))
                    .sorted(Comparator.comparing((Entry e) -> !e.folder())
                            .thenComparing(e -> e.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
                    .toList();
        }
    }

    static boolean isNotebook(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".ipynb");
    }
}
