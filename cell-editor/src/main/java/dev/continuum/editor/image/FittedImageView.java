package dev.continuum.editor.image;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image at its natural (or requested) size that shrinks, keeping its aspect ratio, when the
 * space it is given is narrower, as JupyterLab's {@code max-width: 100%} does. The image may
 * arrive later (decoded in the background); until then the view reserves the requested size.
 */
public final class FittedImageView extends Region {

    private final ImageView view = new ImageView();
    private final double requestedWidth;
    private final double requestedHeight;

    /**
     * @param requestedWidth  width asked for by the output's metadata, or NaN for the image's own
     * @param requestedHeight height asked for by the output's metadata, or NaN for the image's own
     */
    public FittedImageView(Image image, double requestedWidth, double requestedHeight) {
        this.requestedWidth = requestedWidth;
        this.requestedHeight = requestedHeight;
        getStyleClass().add("fitted-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        setImage(image);
        // Never wider than wanted, but allowed to shrink to whatever width the parent has.
        setMinWidth(0);
        setMaxWidth(USE_PREF_SIZE);
    }

    public FittedImageView(Image image) {
        this(image, Double.NaN, Double.NaN);
    }

    public void setImage(Image image) {
        view.setImage(image);
        requestLayout();
    }

    public Image getImage() {
        return view.getImage();
    }

    /** The ImageView inside (tests and callers read its fit size). */
    public ImageView imageView() {
        return view;
    }

    /** The size the image wants before shrinking: the requested size, completed from its aspect ratio. */
    double[] desiredSize() {
        Image image = view.getImage();
        double naturalWidth = image == null ? 0 : image.getWidth();
        double naturalHeight = image == null ? 0 : image.getHeight();
        double width = requestedWidth;
        double height = requestedHeight;
        if (Double.isNaN(width) && Double.isNaN(height)) {
            width = naturalWidth;
            height = naturalHeight;
        } else if (Double.isNaN(height)) {
            height = naturalWidth > 0 ? width * naturalHeight / naturalWidth : 0;
        } else if (Double.isNaN(width)) {
            width = naturalHeight > 0 ? height * naturalWidth / naturalHeight : 0;
        }
        return new double[] {width, height};
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // the height follows the width the image was given
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return desiredSize()[0] + insets.getLeft() + insets.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double[] desired = desiredSize();
        double available = width < 0 ? desired[0] : width - insets.getLeft() - insets.getRight();
        double scale = desired[0] > available && desired[0] > 0 ? available / desired[0] : 1;
        return desired[1] * scale + insets.getTop() + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double[] desired = desiredSize();
        double available = getWidth() - insets.getLeft() - insets.getRight();
        double scale = desired[0] > available && desired[0] > 0 ? Math.max(0, available) / desired[0] : 1;
        view.setPreserveRatio(!(Double.isFinite(requestedWidth) && Double.isFinite(requestedHeight)));
        view.setFitWidth(desired[0] * scale);
        view.setFitHeight(desired[1] * scale);
        view.relocate(insets.getLeft(), insets.getTop());
    }
}
