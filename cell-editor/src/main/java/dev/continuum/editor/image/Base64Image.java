package dev.continuum.editor.image;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.image.Image;

/**
 * Decodes base64 PNG/JPEG/GIF/BMP data (output bundles, cell attachments, data: URLs) into a
 * JavaFX image. Notebooks store base64 with or without line breaks, so the MIME decoder, which
 * skips them, is used.
 */
public final class Base64Image {

    /** Above this many base64 characters (about 750 KB of image) decoding goes off the FX thread. */
    public static final int ASYNC_THRESHOLD = 1_000_000;

    private Base64Image() {
    }

    /** The decoded image, or empty when the data is not base64 or not an image JavaFX can read. */
    public static Optional<Image> decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        Image image = new Image(new ByteArrayInputStream(bytes));
        return image.isError() || image.getWidth() <= 0 ? Optional.empty() : Optional.of(image);
    }

    /**
     * Decodes small images at once and large ones on {@code background}; the future completes with
     * empty when the data is not a readable image. Image is not a node, so building one off the FX
     * thread is allowed.
     */
    public static CompletableFuture<Optional<Image>> decode(String base64, Executor background) {
        if (base64.length() <= ASYNC_THRESHOLD) {
            return CompletableFuture.completedFuture(decode(base64));
        }
        return CompletableFuture.supplyAsync(() -> decode(base64), background);
    }

    /** Whether a MIME type is one JavaFX decodes (SVG is not: it needs a WebView). */
    public static boolean isDecodable(String mimeType) {
        return switch (mimeType) {
            case "image/png", "image/jpeg", "image/jpg", "image/gif", "image/bmp" -> true;
            default -> false;
        };
    }
}
