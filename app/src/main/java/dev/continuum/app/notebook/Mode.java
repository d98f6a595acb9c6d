package dev.continuum.app.notebook;

/** JupyterLab's two modes: keys act on cells (command) or type into the active cell (edit). */
public enum Mode {
    COMMAND, EDIT
}
