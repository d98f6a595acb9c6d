package dev.continuum.bench;

import com.sun.javafx.perf.PerformanceTracker;
import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.app.ui.MainWindow;
import dev.continuum.app.workspace.RecentFiles;
import dev.continuum.app.workspace.WorkspaceViewModel;
import dev.continuum.ipynb.TrustStore;
import java.lang.management.ManagementFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * Issue 4's window benchmark, run under a display (Xvfb): the time from the JVM's start to the first
 * painted cell of a notebook, frame times while the notebook scrolls (pulse start to frame
 * rendered), and keystroke-to-paint in a 5,000-line cell (a character typed into the editor to the
 * frame that shows it). Prints one JSON line. Usage: {@code WindowBench NOTEBOOK SCRATCH_DIR}.
 */
public final class WindowBench extends Application {

    private static final int SCROLL_FRAMES = 600;
    private static final double SCROLL_PIXELS_PER_FRAME = 60;

    private static final int KEYSTROKES = 200;
    private static final int BIG_CELL_LINES = 5_000;

    private final List<Double> frameMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> keystrokeMillis = Collections.synchronizedList(new ArrayList<>());
    private WorkspaceViewModel workspace;
    private final AtomicLong pulseStart = new AtomicLong();
    private Scene scene;
    private double firstPaintMillis = -1;
    private double startMillis = -1;
    private double openedMillis = -1;
    private double laidOutMillis = -1;

    private static double sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void start(Stage stage) {
        startMillis = sinceJvmStart();
        List<String> args = getParameters().getRaw();
        Path notebook = Path.of(args.get(0));
        Path scratch = Path.of(args.get(1));
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        workspace = new WorkspaceViewModel(BackgroundTasks.forJavaFx(),
                new TrustStore(scratch.resolve("trust")), new RecentFiles(scratch.resolve("recent.json")));
        MainWindow window = new MainWindow(workspace, stage, url -> { });
        scene = stage.getScene();
        Runnable[] detector = new Runnable[1];
        detector[0] = () -> {
            Node cell = scene.lookup(".cell-body");
            if (cell != null && cell.getLayoutBounds().getHeight() > 0) {
                scene.removePostLayoutPulseListener(detector[0]);
                laidOutMillis = sinceJvmStart();
                PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                    if (firstPaintMillis < 0) {
                        firstPaintMillis = sinceJvmStart();
                        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(null);
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(detector[0]);
        // A big file first shows a preview of its top; the measurements go on once the whole
        // notebook is open and its list is on screen.
        workspace.selectedProperty().addListener((obs, old, now) -> {
            if (openedMillis < 0 && now != null && !now.isPreview()) {
                openedMillis = sinceJvmStart();
                Runnable[] shown = new Runnable[1];
                shown[0] = () -> {
                    ListView<?> list = (ListView<?>) scene.lookup(".notebook");
                    if (firstPaintMillis >= 0 && list != null && list.getItems() == now.cells()
                            && list.lookup(".virtual-flow") != null && list.lookup(".cell-body") != null) {
                        scene.removePostLayoutPulseListener(shown[0]);
                        Platform.runLater(this::scroll);
                    } else {
                        Platform.requestNextPulse();
                    }
                };
                scene.addPostLayoutPulseListener(shown[0]);
            }
        });
        workspace.open(notebook); // before the window shows, as ContinuumApp does
        window.show();
    }

    /** Scrolls a fixed distance every frame and records how long each frame took to render. */
    private void scroll() {
        ListView<?> list = (ListView<?>) scene.lookup(".notebook");
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            long start = pulseStart.get();
            if (start != 0) {
                frameMillis.add((System.nanoTime() - start) / 1e6);
            }
        });
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                pulseStart.set(System.nanoTime());
                flow.scrollPixels(SCROLL_PIXELS_PER_FRAME);
                if (++frames == SCROLL_FRAMES) {
                    stop();
                    Platform.runLater(WindowBench.this::typeIntoBigCell);
                }
            }
        }.start();
    }

    /** A 5,000-line cell at the top, in edit mode; then one character per frame, timed to its paint. */
    private void typeIntoBigCell() {
        var notebook = workspace.selectedProperty().get();
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < BIG_CELL_LINES; i++) {
            source.append("value_").append(i).append(" = compute(").append(i).append(", scale=2.5)  # line ").append(i).append('\n');
        }
        notebook.select(0);
        notebook.insertCell(false, dev.continuum.notebook.CellType.CODE);
        notebook.sourceTyped(notebook.cells().get(0), source.toString());
        notebook.commitEdits();
        notebook.enterEditMode();
        ListView<?> list = (ListView<?>) scene.lookup(".notebook");
        list.scrollTo(0);
        Platform.runLater(() -> {
            var pane = (org.fxmisc.flowless.VirtualizedScrollPane<?>) scene.lookup(".code-editor");
            var area = (org.fxmisc.richtext.GenericStyledArea<?, ?, ?>) pane.getContent();
            area.moveTo(0);
            area.requestFollowCaret(); // the typing must be on screen
            long[] typedAt = {0};
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                long typed = typedAt[0];
                if (typed != 0) {
                    keystrokeMillis.add((System.nanoTime() - typed) / 1e6);
                    typedAt[0] = 0;
                }
            });
            new AnimationTimer() {
                private int typed;

                @Override
                public void handle(long now) {
                    if (typedAt[0] != 0) {
                        return; // the last character is not painted yet
                    }
                    if (typed++ == KEYSTROKES) {
                        stop();
                        Platform.runLater(WindowBench.this::report);
                        return;
                    }
                    typedAt[0] = System.nanoTime();
                    area.replaceSelection("x");
                }
            }.start();
        });
    }

    private void report() {
        List<Double> frames = new ArrayList<>(frameMillis);
        Collections.sort(frames);
        List<Double> keys = new ArrayList<>(keystrokeMillis);
        Collections.sort(keys);
        System.out.printf(Locale.ROOT, "{\"app_start_ms\": %.1f, \"notebook_open_ms\": %.1f, \"first_layout_ms\": %.1f, "
                        + "\"first_paint_ms\": %.1f, \"frames\": %d, \"frame_p50_ms\": %.2f, \"frame_p99_ms\": %.2f, "
                        + "\"keystrokes\": %d, \"keystroke_p50_ms\": %.2f, \"keystroke_p99_ms\": %.2f}%n",
                startMillis, openedMillis, laidOutMillis, firstPaintMillis, frames.size(), percentile(frames, 50), percentile(frames, 99),
                keys.size(), percentile(keys, 50), percentile(keys, 99));
        System.out.flush();
        Platform.exit();
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

}
