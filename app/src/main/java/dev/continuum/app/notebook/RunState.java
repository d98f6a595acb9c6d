package dev.continuum.app.notebook;

/** Where a code cell stands in the notebook's run queue. */
public enum RunState {
    IDLE, QUEUED, RUNNING
}
