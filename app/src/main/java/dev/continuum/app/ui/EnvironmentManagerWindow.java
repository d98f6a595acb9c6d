package dev.continuum.app.ui;

import dev.continuum.app.environments.EnvironmentManagerViewModel;
import dev.continuum.app.environments.EnvironmentManagerViewModel.EnvironmentRow;
import dev.continuum.app.environments.EnvironmentManagerViewModel.GroupRow;
import dev.continuum.app.environments.EnvironmentManagerViewModel.TemplateRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The environment manager: tabs Templates, Environments and Groups over the registry. */
final class EnvironmentManagerWindow {

    private final Stage stage = new Stage();

    EnvironmentManagerWindow(EnvironmentManagerViewModel model, BackgroundTasks tasks, Window owner) {
        TableView<TemplateRow> templates = new TableView<>(model.templates());
        templates.setId("templates-table");
        templates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        templates.getColumns().setAll(List.of(
                column("Name", TemplateRow::name), column("Kind", TemplateRow::kind), column("Version", r -> Integer.toString(r.version())),
                column("Source folder", TemplateRow::source), column("Signature", TemplateRow::signature)));

        TableView<EnvironmentRow> environments = new TableView<>(model.environments());
        environments.setId("environments-table");
        environments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        environments.getColumns().setAll(List.of(
                column("Name", EnvironmentRow::name), column("Template", EnvironmentRow::template),
                column("Version", r -> Integer.toString(r.templateVersion())), column("Owner", EnvironmentRow::owner),
                column("Template update", EnvironmentRow::update)));
        ComboBox<String> template = new ComboBox<>();
        template.setId("new-environment-template");
        template.setPromptText("Template");
        model.templates().addListener((javafx.collections.ListChangeListener<TemplateRow>) c -> {
            String chosen = template.getValue(); // a reload after creating keeps the choice
            template.getItems().setAll(model.templates().stream().map(TemplateRow::name).toList());
            template.setValue(template.getItems().contains(chosen) ? chosen : null);
        });
        Button create = new Button("New environment…");
        create.setId("new-environment");
        create.disableProperty().bind(template.valueProperty().isNull());
        create.setOnAction(e -> model.newEnvironment(template.getValue())
                .ifPresent(form -> new EnvironmentFormView(form, tasks, stage, file -> model.load()).show()));
        Button delete = new Button("Delete");
        delete.setId("delete-environment");
        delete.disableProperty().bind(environments.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(environments.getSelectionModel().getSelectedItem().name()));
        HBox actions = new HBox(8, template, create, delete);
        BorderPane environmentsPane = new BorderPane(environments);
        environmentsPane.setTop(actions);
        BorderPane.setMargin(actions, new Insets(0, 0, 8, 0));

        TableView<GroupRow> groups = new TableView<>(model.groups());
        groups.setId("groups-table");
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.getColumns().setAll(List.of(column("Group", GroupRow::group), column("Members", GroupRow::members)));
        groups.setEditable(false);
        Label groupsNote = new Label();
        groupsNote.textProperty().bind(javafx.beans.binding.Bindings.when(model.adminProperty())
                .then("You are an admin: add members here (your own groups.json)")
                .otherwise("Read-only: only admins manage groups"));
        javafx.scene.control.TextField group = new javafx.scene.control.TextField();
        group.setPromptText("Group");
        group.setId("group-name");
        javafx.scene.control.TextField member = new javafx.scene.control.TextField();
        member.setPromptText("User");
        member.setId("group-member");
        Button add = new Button("Add member");
        add.setId("add-member");
        add.setOnAction(e -> model.addMember(group.getText(), member.getText()));
        HBox adminActions = new HBox(8, group, member, add);
        adminActions.visibleProperty().bind(model.adminProperty()); // read-only for everyone else
        adminActions.managedProperty().bind(model.adminProperty());
        VBox groupsTop = new VBox(8, groupsNote, adminActions);
        BorderPane groupsPane = new BorderPane(groups);
        groupsPane.setTop(groupsTop);
        BorderPane.setMargin(groupsTop, new Insets(0, 0, 8, 0));

        TabPane tabs = new TabPane(tab("Templates", templates), tab("Environments", environmentsPane), tab("Groups", groupsPane));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        VBox root = new VBox(8, tabs, message);
        javafx.scene.layout.VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.getStyleClass().add("environment-manager");
        stage.setTitle("Environment Manager");
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 900, 560));
        model.load();
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        BorderPane pane = new BorderPane(content);
        pane.setPadding(new Insets(8));
        return new Tab(title, pane);
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(switch (title) {
            case "Source folder" -> 280;
            case "Signature", "Template update" -> 220;
            case "Kind", "Version" -> 80;
            default -> 140;
        });
        return column;
    }
}
