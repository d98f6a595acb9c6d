package dev.continuum.editor.output;

import dev.continuum.editor.fx.ScrollForwarding;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/**
 * Trusted HTML or SVG in a WebView, sized to its content so it reads as part of the notebook. Only
 * trusted notebooks get here ({@link MimeSelection}), and then scripts run, as in JupyterLab.
 * The height is measured when the page has loaded, again a little later for libraries that draw
 * asynchronously (Plotly, Bokeh), and whenever the width changes. Links open through the link
 * handler instead of replacing the output.
 */
final class HtmlOutputView {

    private static final double[] REMEASURE_SECONDS = {0.2, 1, 3};

    private HtmlOutputView() {
    }

    static Node create(String content, boolean svg, Consumer<String> linkHandler) {
        WebView web = new WebView();
        web.setPageFill(Color.TRANSPARENT);
        web.setPrefHeight(24);
        web.setMinHeight(0);
        web.getEngine().setJavaScriptEnabled(true);
        web.getStyleClass().add(svg ? "output-svg" : "output-html");

        // A hidden label picks up the theme's text colour through CSS; the page is given it so
        // HTML without colours of its own (pandas tables) stays readable in dark themes.
        Label colourProbe = new Label();
        colourProbe.getStyleClass().add("output-html-colour-probe");
        colourProbe.setManaged(false);
        colourProbe.setVisible(false);

        StackPane holder = new StackPane(colourProbe, web);
        holder.getStyleClass().add("output-web-holder");
        String page = page(content);
        web.getEngine().loadContent(page);
        web.getEngine().getLoadWorker().stateProperty().addListener((observable, before, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                applyTextColour(web, colourProbe);
                measure(web);
                for (double seconds : REMEASURE_SECONDS) {
                    new Timeline(new KeyFrame(Duration.seconds(seconds), e -> measure(web))).play();
                }
            }
        });
        web.widthProperty().addListener((observable, before, width) -> measure(web));
        web.getEngine().locationProperty().addListener((observable, before, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:")
                    && !location.startsWith("data:")) {
                linkHandler.accept(location);
                web.getEngine().loadContent(page); // stay on the output
            }
        });
        ScrollForwarding.forwardVertical(web);
        return holder;
    }

    private static String page(String content) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                + "html,body{margin:0;padding:0;background:transparent;overflow-y:hidden;}"
                + "body{font-family:system-ui,sans-serif;font-size:13px;}"
                + "table{border-collapse:collapse;}th,td{padding:4px 8px;text-align:right;}"
                + "thead th{border-bottom:1px solid rgba(128,128,128,.6);}"
                + "tbody tr:nth-child(odd){background:rgba(128,128,128,.08);}"
                + "img,svg{max-width:100%;}"
                + "#continuum-output{display:flow-root;}"
                // The content's own height, not the page's: the page is never shorter than the view.
                + "</style></head><body><div id=\"continuum-output\">" + content + "</div></body></html>";
    }

    private static void measure(WebView web) {
        try {
            Object height = web.getEngine().executeScript(
                    "(function(){var e=document.getElementById('continuum-output');"
                    + "return e ? Math.ceil(e.getBoundingClientRect().height) : 0;})()");
            if (height instanceof Number number && number.doubleValue() > 0) {
                web.setPrefHeight(number.doubleValue() + 2);
            }
        } catch (RuntimeException pageNotReady) {
            // The page is still loading or threw in its own script: keep the last height.
        }
    }

    private static void applyTextColour(WebView web, Label probe) {
        probe.applyCss();
        Paint fill = probe.getTextFill();
        if (fill instanceof Color colour) {
            String css = String.format(Locale.ROOT, "rgb(%d,%d,%d)", Math.round(colour.getRed() * 255),
                    Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
            try {
                web.getEngine().executeScript("document.body.style.color='" + css + "'");
            } catch (RuntimeException ignored) {
                // Without a body there is nothing to colour.
            }
        }
    }
}
