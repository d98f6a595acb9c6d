package dev.continuum.app.workspace;

/** Something the window must show the user in a dialog. */
public record Notice(Kind kind, String title, String text) {

    public enum Kind { ERROR, WARNING, INFO }
}
