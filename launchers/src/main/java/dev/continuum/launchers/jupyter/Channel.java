package dev.continuum.launchers.jupyter;

/** The five sockets of a Jupyter kernel connection. */
enum Channel {
    SHELL, IOPUB, STDIN, CONTROL, HEARTBEAT
}
