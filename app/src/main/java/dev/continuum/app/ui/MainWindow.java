package dev.continuum.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.continuum.app.environments.EnvironmentChoices;
import dev.continuum.app.notebook.NotebookViewModel;
import dev.continuum.app.workspace.Notice;
import dev.continuum.app.workspace.WorkspaceViewModel;
import dev.continuum.notebook.CellType;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menus and toolbar, the file browser, a tab per notebook, the status bar. It only
 * builds controls, binds them to the workspace view-model and forwards actions.
 */
public final class MainWindow {

    private final WorkspaceViewModel workspace;
    private final Stage stage;
    private final Consumer<String> openLink;
    private final TabPane tabs = new TabPane();
    private final Map<NotebookViewModel, Tab> tabOf = new HashMap<>();
    private final Scene scene;
    private boolean dark;
    private dev.continuum.app.workspace.Settings settings;
    private final EnvironmentChoices environments = new EnvironmentChoices();
    private final EnvironmentChooser defaultEnvironment = new EnvironmentChooser(environments, null,
            name -> current().ifPresent(nb -> nb.setDefaultEnvironment(EnvironmentChoices.LOCAL.equals(name) ? null : name)));
    private java.util.concurrent.Callable<EnvironmentChoices.Snapshot> registry;
    private BackgroundTasks tasks;
    private EnvironmentManagerWindow manager;
    private final javafx.beans.value.ChangeListener<String> defaultChanged = (obs, old, now) -> showDefaultEnvironment();

    /** A window whose environment choices come from this user's registry (XDG folders). */
    public MainWindow(WorkspaceViewModel workspace, Stage stage, Consumer<String> openLink) {
        this(workspace, stage, openLink, EnvironmentChoices.Snapshot::fromSystem);
    }

    /** {@code registry} is read in the background: the environments the choosers offer. */
    public MainWindow(WorkspaceViewModel workspace, Stage stage, Consumer<String> openLink,
            java.util.concurrent.Callable<EnvironmentChoices.Snapshot> registry) {
        this.workspace = workspace;
        this.stage = stage;
        this.openLink = openLink;
        BackgroundTasks tasks = BackgroundTasks.forJavaFx();
        this.registry = registry;
        this.tasks = tasks;
        environments.load(tasks, registry);
        environments.whenLoaded(() -> {
            workspace.notebooks().forEach(nb -> nb.reportUnknownEnvironments(environments));
            showDefaultEnvironment();
        });
        FileBrowser browser = new FileBrowser(Path.of("").toAbsolutePath(), tasks, workspace::open);
        SplitPane split = new SplitPane(browser.node(), tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.18);
        SplitPane.setResizableWithParent(browser.node(), false);

        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(menus(), toolbar()));
        root.setBottom(new StatusBar(workspace.selectedProperty(), environments).node());
        root.getStyleClass().add("continuum");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        dev.continuum.editor.EditorStyles.install(scene);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/continuum/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.windowTitleProperty());

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        workspace.notebooks().addListener((javafx.collections.ListChangeListener<NotebookViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(nb -> tabs.getTabs().remove(tabOf.remove(nb)));
                int at = change.getFrom();
                for (NotebookViewModel added : change.getAddedSubList()) {
                    addTab(added, Math.min(at++, tabs.getTabs().size()));
                }
            }
        });
        workspace.selectedProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.defaultEnvironmentProperty().removeListener(defaultChanged);
            }
            if (now != null) {
                now.defaultEnvironmentProperty().addListener(defaultChanged);
            }
            showDefaultEnvironment();
            if (now != null && tabOf.get(now) != null) {
                tabs.getSelectionModel().select(tabOf.get(now));
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                workspace.selectedProperty().set(now == null ? null : (NotebookViewModel) now.getUserData()));
        workspace.noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                Platform.runLater(() -> show(notice));
            }
        });
        acceptDroppedNotebooks();
        stage.setOnCloseRequest(event -> {
            if (!confirmDiscard(workspace.unsaved())) {
                event.consume();
            }
        });
        startTimers();
    }

    public void show() {
        stage.show();
    }

    private void addTab(NotebookViewModel notebook, int index) {
        NotebookView view = new NotebookView(notebook, openLink, environments);
        if (environments.isLoaded()) {
            notebook.reportUnknownEnvironments(environments);
        }
        Tab tab = new Tab();
        tab.textProperty().bind(notebook.titleProperty());
        tab.setContent(view.node());
        tab.setUserData(notebook);
        tab.setOnCloseRequest(event -> {
            if (workspace.needsConfirmationToClose(notebook) && !confirmDiscard(List.of(notebook))) {
                event.consume();
            }
        });
        tab.setOnClosed(event -> workspace.close(notebook));
        tabOf.put(notebook, tab);
        tabs.getTabs().add(index, tab);
        tabs.getSelectionModel().select(tab);
        Platform.runLater(view::focus);
    }

    private MenuBar menus() {
        Menu file = new Menu("File", null,
                item("New Notebook", "Shortcut+N", workspace::newNotebook),
                item("Open…", "Shortcut+O", this::chooseAndOpen),
                recentMenu(),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", () -> current().ifPresent(NotebookViewModel::save)),
                item("Save As…", "Shortcut+Shift+S", this::saveAs),
                item("Revert to Saved", null, () -> current().ifPresent(NotebookViewModel::revert)),
                new SeparatorMenuItem(),
                item("Close Tab", "Shortcut+W", () -> Optional.ofNullable(tabs.getSelectionModel().getSelectedItem())
                        .ifPresent(tab -> {
                            NotebookViewModel nb = (NotebookViewModel) tab.getUserData();
                            if (!workspace.needsConfirmationToClose(nb) || confirmDiscard(List.of(nb))) {
                                workspace.close(nb);
                            }
                        })),
                item("Quit", "Shortcut+Q", () -> {
                    if (confirmDiscard(workspace.unsaved())) {
                        Platform.exit();
                    }
                }));
        Menu edit = new Menu("Edit", null,
                item("Undo Cell Operation", null, () -> current().ifPresent(NotebookViewModel::undo)),
                item("Redo Cell Operation", null, () -> current().ifPresent(NotebookViewModel::redo)),
                new SeparatorMenuItem(),
                item("Cut Cells", null, () -> current().ifPresent(NotebookViewModel::cutSelected)),
                item("Copy Cells", null, () -> current().ifPresent(NotebookViewModel::copySelected)),
                item("Paste Cells Below", null, () -> current().ifPresent(NotebookViewModel::pasteBelow)),
                item("Delete Cells", null, () -> current().ifPresent(NotebookViewModel::deleteSelected)),
                new SeparatorMenuItem(),
                item("Find and Replace…", "Shortcut+F", () -> currentView().ifPresent(NotebookView::showFind)),
                item("Clear Outputs", null, () -> current().ifPresent(NotebookViewModel::clearOutputs)));
        Menu cell = new Menu("Cell", null,
                item("Run and Advance", null, () -> current().ifPresent(nb -> nb.runActive(true, false))),
                item("Insert Cell Above", null, () -> current().ifPresent(nb -> nb.insertCell(false, CellType.CODE))),
                item("Insert Cell Below", null, () -> current().ifPresent(nb -> nb.insertCell(true, CellType.CODE))),
                item("Merge Selected Cells", null, () -> current().ifPresent(NotebookViewModel::mergeSelected)),
                item("Move Cell Up", null, () -> current().ifPresent(nb -> nb.moveSelected(-1))),
                item("Move Cell Down", null, () -> current().ifPresent(nb -> nb.moveSelected(1))),
                new SeparatorMenuItem(),
                item("To Code", null, () -> current().ifPresent(nb -> nb.changeType(CellType.CODE))),
                item("To Markdown", null, () -> current().ifPresent(nb -> nb.changeType(CellType.MARKDOWN))),
                item("To Raw", null, () -> current().ifPresent(nb -> nb.changeType(CellType.RAW))));
        Menu run = new Menu("Run", null,
                item("Run Selected Cells", null, () -> current().ifPresent(nb -> nb.runActive(false, false))),
                item("Run All Cells", null, () -> current().ifPresent(NotebookViewModel::runAll)),
                item("Run All Above Selected Cell", null, () -> current().ifPresent(NotebookViewModel::runAbove)),
                item("Run Selected Cell and All Below", null, () -> current().ifPresent(NotebookViewModel::runBelow)));
        Menu kernel = new Menu("Kernel", null,
                item("Interrupt Kernel", null, () -> current().ifPresent(NotebookViewModel::interrupt)),
                item("Restart Kernel", null, () -> current().ifPresent(NotebookViewModel::restartKernels)),
                item("Restart Kernel and Run All Cells", null, () -> current().ifPresent(nb -> {
                    nb.restartKernels();
                    nb.runAll();
                })));
        Menu view = new Menu("View", null, item("Toggle Dark Theme", null, this::toggleTheme));
        Menu environmentsMenu = new Menu("Environments", null,
                item("Environment Manager…", null, this::showEnvironmentManager));
        MenuBar bar = new MenuBar(file, edit, view, run, kernel, cell, environmentsMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        Runnable refresh = () -> recent.getItems().setAll(workspace.recentFiles().stream()
                .map(path -> item(path.toString(), null, () -> workspace.open(path))).toList());
        workspace.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) change -> refresh.run());
        refresh.run();
        return recent;
    }

    private ToolBar toolbar() {
        ComboBox<CellType> type = new ComboBox<>();
        type.getItems().addAll(CellType.CODE, CellType.MARKDOWN, CellType.RAW);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CellType t) {
                return t == null ? "" : switch (t) {
                    case CODE -> "Code";
                    case MARKDOWN -> "Markdown";
                    case RAW -> "Raw";
                    case UNRECOGNIZED -> "Unknown";
                };
            }

            @Override
            public CellType fromString(String s) {
                return null;
            }
        });
        type.setOnAction(event -> {
            if (type.getValue() != null) {
                current().ifPresent(nb -> nb.changeType(type.getValue()));
            }
        });
        return new ToolBar(
                button(Feather.SAVE, "Save (Ctrl-S)", () -> current().ifPresent(NotebookViewModel::save)),
                button(Feather.PLUS, "Insert a cell below (B)", () -> current().ifPresent(nb -> nb.insertCell(true, CellType.CODE))),
                button(Feather.SCISSORS, "Cut cells (X)", () -> current().ifPresent(NotebookViewModel::cutSelected)),
                button(Feather.COPY, "Copy cells (C)", () -> current().ifPresent(NotebookViewModel::copySelected)),
                button(Feather.CLIPBOARD, "Paste cells below (V)", () -> current().ifPresent(NotebookViewModel::pasteBelow)),
                button(Feather.PLAY, "Run and advance (Shift-Enter)", () -> current().ifPresent(nb -> nb.runActive(true, false))),
                button(Feather.SQUARE, "Interrupt the kernel (I, I)", () -> current().ifPresent(NotebookViewModel::interrupt)),
                button(Feather.REFRESH_CW, "Restart the kernel (0, 0)", () -> current().ifPresent(NotebookViewModel::restartKernels)),
                button(Feather.FAST_FORWARD, "Restart the kernel and run all cells", () -> current().ifPresent(nb -> {
                    nb.restartKernels();
                    nb.runAll();
                })),
                button(Feather.ROTATE_CCW, "Undo cell operation (Z)", () -> current().ifPresent(NotebookViewModel::undo)),
                button(Feather.ROTATE_CW, "Redo cell operation (Shift-Z)", () -> current().ifPresent(NotebookViewModel::redo)),
                type,
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                new javafx.scene.control.Label("Default environment"),
                defaultEnvironmentNode(),
                button(Feather.MOON, "Light or dark theme", this::toggleTheme));
    }

    /** One manager window; what it creates or deletes reaches the choosers at once. */
    private void showEnvironmentManager() {
        if (manager == null) {
            var model = new dev.continuum.app.environments.EnvironmentManagerViewModel(tasks, registry);
            model.setOnReload(() -> environments.load(tasks, registry));
            manager = new EnvironmentManagerWindow(model, tasks, stage);
        }
        manager.show();
    }

    private Node defaultEnvironmentNode() {
        defaultEnvironment.node().getStyleClass().add("default-environment");
        defaultEnvironment.node().setTooltip(new Tooltip("Where the notebook's cells run unless a cell chooses its own environment"));
        showDefaultEnvironment();
        return defaultEnvironment.node();
    }

    private void showDefaultEnvironment() {
        defaultEnvironment.node().setDisable(current().isEmpty());
        defaultEnvironment.show(current().map(nb -> nb.defaultEnvironmentProperty().get()).orElse(EnvironmentChoices.LOCAL));
    }

    private static Button button(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("flat");
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Optional<NotebookViewModel> current() {
        return Optional.ofNullable(workspace.selectedProperty().get());
    }

    private Optional<NotebookView> currentView() {
        return Optional.ofNullable(tabs.getSelectionModel().getSelectedItem())
                .map(tab -> (NotebookView) tab.getContent().getProperties().get(NotebookView.class));
    }

    private void chooseAndOpen() {
        FileChooser chooser = notebookChooser("Open Notebook");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> workspace.open(f.toPath()));
        }
    }

    private void saveAs() {
        current().ifPresent(nb -> {
            FileChooser chooser = notebookChooser("Save Notebook As");
            chooser.setInitialFileName(nb.fileName());
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                nb.saveAs(file.toPath());
            }
        });
    }

    private static FileChooser notebookChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Jupyter notebooks", "*.ipynb"));
        chooser.setInitialDirectory(Path.of("").toAbsolutePath().toFile());
        return chooser;
    }

    private void acceptDroppedNotebooks() {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            files.stream().map(File::toPath).filter(FileBrowser::isNotebook).forEach(workspace::open);
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    /** True when the user agrees to lose (or has just saved) the unsaved work of these notebooks. */
    private boolean confirmDiscard(List<NotebookViewModel> unsaved) {
        if (unsaved.isEmpty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, save, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Save changes?");
        alert.setHeaderText("Save changes to " + String.join(", ", unsaved.stream().map(NotebookViewModel::fileName).toList()) + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            unsaved.forEach(NotebookViewModel::save);
            return true;
        }
        return answer == discard;
    }

    private void show(Notice notice) {
        Alert alert = new Alert(switch (notice.kind()) {
            case ERROR -> Alert.AlertType.ERROR;
            case WARNING -> Alert.AlertType.WARNING;
            case INFO -> Alert.AlertType.INFORMATION;
        });
        alert.initOwner(stage);
        alert.setTitle(notice.title());
        alert.setHeaderText(notice.title());
        alert.setContentText(notice.text());
        alert.getDialogPane().setMinWidth(640);
        alert.show();
    }

    private void toggleTheme() {
        dark = !dark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (settings != null) {
            settings.setDarkTheme(dark);
            tasks.run(() -> {
                settings.save();
                return null;
            }, done -> { }, error -> { });
        }
    }

    /** Starts in the theme {@code settings} name and keeps the user's later choice there. */
    public void useSettings(dev.continuum.app.workspace.Settings chosen) {
        this.settings = chosen;
        if (chosen.darkTheme() != dark) {
            dark = chosen.darkTheme();
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        }
    }

    /** Changes on disk are noticed within two seconds; unsaved work is autosaved every 30 seconds. */
    private void startTimers() {
        Timeline disk = new Timeline(new KeyFrame(Duration.seconds(2), event -> current().ifPresent(NotebookViewModel::checkDisk)));
        disk.setCycleCount(Timeline.INDEFINITE);
        disk.play();
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(30), event -> workspace.notebooks().forEach(NotebookViewModel::autosave)));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }
}
