package dev.continuum.editor.output;

import dev.continuum.editor.fx.EditorThreads;
import dev.continuum.editor.image.Base64Image;
import dev.continuum.editor.image.FittedImageView;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A PNG/JPEG/GIF output. The output's metadata for the type may ask for a display size
 * ({@code {"image/png": {"width": 300, "height": 200}}}, as IPython's {@code Image(width=...)}
 * writes); the image never grows wider than the output area. Large images decode off the FX thread
 * while a placeholder of the requested size holds their place.
 */
final class ImageOutputView {

    private ImageOutputView() {
    }

    static Node create(String base64, JsonObject mimeMetadata, Executor decoding) {
        double width = dimension(mimeMetadata, "width");
        double height = dimension(mimeMetadata, "height");
        FittedImageView view = new FittedImageView(null, width, height);
        view.getStyleClass().add("output-image");
        StackPane holder = new StackPane(view);
        holder.getStyleClass().add("output-image-holder");
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Base64Image.decode(base64, decoding).whenCompleteAsync((image, failure) -> {
            if (failure == null && image.isPresent()) {
                view.setImage(image.get());
            } else {
                holder.getChildren().setAll(OutputNote.create("The image could not be decoded."));
            }
        }, base64.length() <= Base64Image.ASYNC_THRESHOLD ? Runnable::run : EditorThreads.fx());
        return holder;
    }

    /** A size in pixels from metadata: a number, or a string such as "300" or "300px"; NaN when absent. */
    private static double dimension(JsonObject metadata, String key) {
        JsonValue value = metadata == null ? null : metadata.get(key);
        if (value instanceof JsonNumber number && number.doubleValue() > 0) {
            return number.doubleValue();
        }
        if (value instanceof JsonString text) {
            try {
                double parsed = Double.parseDouble(text.value().strip().replaceFirst("px$", ""));
                return parsed > 0 ? parsed : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
