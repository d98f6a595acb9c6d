package dev.continuum.editor.markdown;

import dev.continuum.editor.image.Base64Image;
import dev.continuum.editor.image.FittedImageView;
import dev.continuum.notebook.MimeBundle;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.text.Text;

/**
 * Turns an image reference into a node without touching the network: cell attachments, data: URLs
 * and files next to the notebook become images; anything else (http, https, missing files,
 * formats JavaFX cannot decode such as SVG) shows its alt text and address, which opens through
 * the link handler.
 */
final class ImageResolver {

    private static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/bmp");

    private final Attachments attachments;
    private final Path baseDirectory;
    private final Executor decoding;
    private final Consumer<String> linkHandler;

    ImageResolver(Attachments attachments, Path baseDirectory, Executor decoding, Consumer<String> linkHandler) {
        this.attachments = attachments;
        this.baseDirectory = baseDirectory;
        this.decoding = decoding;
        this.linkHandler = linkHandler;
    }

    Node resolve(String destination, String alt) {
        String target = destination == null ? "" : destination.strip();
        Optional<Node> image;
        if (target.startsWith("attachment:")) {
            image = fromAttachment(target.substring("attachment:".length()));
        } else if (target.regionMatches(true, 0, "data:", 0, 5)) {
            image = fromDataUrl(target);
        } else {
            image = fromFile(target);
        }
        return image.orElseGet(() -> placeholder(target, alt));
    }

    private Optional<Node> fromAttachment(String name) {
        Optional<MimeBundle> bundle = attachments.find(name);
        if (bundle.isEmpty()) {
            // Names with spaces are often written percent-encoded in the link.
            bundle = attachments.find(URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return bundle.flatMap(b -> IMAGE_TYPES.stream().map(b::text).flatMap(Optional::stream).findFirst())
                .flatMap(this::fromBase64);
    }

    private Optional<Node> fromDataUrl(String url) {
        int comma = url.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String header = url.substring(5, comma).toLowerCase(Locale.ROOT);
        String mime = header.split(";", 2)[0];
        if (!header.endsWith(";base64") || !Base64Image.isDecodable(mime)) {
            return Optional.empty();
        }
        return fromBase64(url.substring(comma + 1));
    }

    private Optional<Node> fromBase64(String base64) {
        if (base64.length() <= Base64Image.ASYNC_THRESHOLD) {
            return Base64Image.decode(base64).map(FittedImageView::new);
        }
        FittedImageView view = new FittedImageView(null);
        Base64Image.decode(base64, decoding).thenAcceptAsync(
                decoded -> decoded.ifPresent(view::setImage), dev.continuum.editor.fx.EditorThreads.fx());
        return Optional.of(view);
    }

    /** A relative path next to the notebook, as JupyterLab serves it; never a URL with a scheme. */
    private Optional<Node> fromFile(String target) {
        if (baseDirectory == null || target.isEmpty() || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        try {
            Path file = baseDirectory.resolve(URLDecoder.decode(target, StandardCharsets.UTF_8)).normalize();
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Image image = new Image(file.toUri().toString(), true); // loads in the background
            return Optional.of(new FittedImageView(image));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private Node placeholder(String target, String alt) {
        String label = (alt == null || alt.isBlank() ? "" : alt + " ") + (target.isEmpty() ? "" : "(" + target + ")");
        Text text = new Text("[image: " + label + "]");
        text.getStyleClass().addAll("md-text", "md-image-placeholder");
        if (!target.isEmpty() && !target.startsWith("attachment:")) {
            text.setCursor(Cursor.HAND);
            text.setOnMouseClicked(e -> linkHandler.accept(target));
        }
        return text;
    }
}
