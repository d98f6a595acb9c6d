package dev.continuum.app.notebook;

/** What the status bar says about the file. */
public enum SaveState {
    SAVED("Saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving…"),
    CHANGED_ON_DISK("Changed on disk"),
    FAILED("Save failed");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
