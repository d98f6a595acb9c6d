package dev.continuum.launchers.kernel;

/** A kernel's state as the notebook shows it. */
public enum KernelStatus {
    STARTING, IDLE, BUSY, RESTARTING, DEAD
}
