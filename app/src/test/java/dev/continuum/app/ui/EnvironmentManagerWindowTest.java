package dev.continuum.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.environments.TestRegistry;
import dev.continuum.app.workspace.RecentFiles;
import dev.continuum.app.workspace.WorkspaceViewModel;
import dev.continuum.ipynb.TrustStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The environment manager driven as a user drives it: menu, tabs, the generated form. */
@ExtendWith(ApplicationExtension.class)
class EnvironmentManagerWindowTest {

    @TempDir
    static Path dir;
    Path registry;

    @Start
    void start(Stage stage) throws Exception {
        registry = TestRegistry.create(dir.resolve("registry-" + System.nanoTime()), "tester");
        WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundTasks.forJavaFx(), new TrustStore(dir.resolve("trust")),
                new RecentFiles(dir.resolve("recent.json")));
        new MainWindow(workspace, stage, url -> { }, () -> TestRegistry.snapshot(registry, "tester", dir.resolve("data"))).show();
    }

    @Test
    void aFormWithABadValueCannotCreateUntilFixedAndTheFileHoldsNoSecret(FxRobot robot) throws Exception {
        robot.clickOn("Environments");
        robot.clickOn("Environment Manager…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#templates-table").tryQuery().isPresent()
                && !robot.lookup("#templates-table").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> environments = robot.lookup("#environments-table").queryAs(TableView.class);
        assertThat(environments.getItems()).hasSize(1);
        TabPane tabs = (TabPane) environments.getScene().lookup(".tab-pane");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<String> template = robot.lookup("#new-environment-template").queryAs(ComboBox.class);
        robot.interact(() -> template.setValue("cluster"));
        robot.clickOn("#new-environment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#env-create").tryQuery().isPresent());
        Button create = robot.lookup("#env-create").queryAs(Button.class);

        robot.clickOn("#env-name").write("gpu-box");
        robot.clickOn("#param-host").write("login.example.org");
        robot.clickOn("#param-port").write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors(robot)).contains("port: expected integer, found \"abc\"");
        assertThat(create.isDisabled()).isTrue();

        TextField port = robot.lookup("#param-port").queryAs(TextField.class);
        robot.interact(port::clear);
        robot.clickOn(port).write("2222");
        robot.clickOn("#param-password-value").write("hunter2-very-secret");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors(robot)).isEmpty();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);

        Path file = registry.resolve("environments/gpu-box.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        String json = Files.readString(file);
        assertThat(json).contains("login.example.org").contains("2222").contains("store:gpu-box-password").doesNotContain("hunter2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> environments.getItems().size() == 2);
    }

    private static java.util.List<String> errors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }
}
