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
 * painted cell of a notebook, then frame times while the notebook scrolls (pulse start to frame
 * rendered). Prints one JSON line. Usage: {@code WindowBench NOTEBOOK SCRATCH_DIR}.
 */
public final class WindowBench extends Application {

    private static final int SCROLL_FRAMES = 600;
    private static final double SCROLL_PIXELS_PER_FRAME = 60;

    private final List<Double> frameMillis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong pulseStart = new AtomicLong();
    private Scene scene;
    private double firstPaintMillis = -1;

    public static void main(String[] args) {
        Application.launch(WindowBench.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path notebook = Path.of(args.get(0));
        Path scratch = Path.of(args.get(1));
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundTasks.forJavaFx(),
                new TrustStore(scratch.resolve("trust")), new RecentFiles(scratch.resolve("recent.json")));
        new MainWindow(workspace, stage, url -> { }).show();
        scene = stage.getScene();
        Runnable[] detector = new Runnable[1];
        detector[0] = () -> {
            Node cell = scene.lookup(".cell-body");
            if (cell != null && cell.getLayoutBounds().getHeight() > 0) {
                scene.removePostLayoutPulseListener(detector[0]);
                PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                    if (firstPaintMillis < 0) {
                        firstPaintMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        Platform.runLater(this::scroll);
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(detector[0]);
        workspace.open(notebook);
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
                    Platform.runLater(WindowBench.this::report);
                }
            }
        }.start();
    }

    private void report() {
        List<Double> frames = new ArrayList<>(frameMillis);
        Collections.sort(frames);
        System.out.printf(Locale.ROOT, "{\"first_paint_ms\": %.1f, \"frames\": %d, \"frame_p50_ms\": %.2f, \"frame_p99_ms\": %.2f}%n",
                firstPaintMillis, frames.size(), percentile(frames, 50), percentile(frames, 99));
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
