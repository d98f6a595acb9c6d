package dev.continuum.launchers.kernel;

/** Whether code is ready to run ({@code COMPLETE}) or needs more lines, and the indent to continue with. */
public record IsComplete(Status status, String indent) {

    public enum Status { COMPLETE, INCOMPLETE, INVALID, UNKNOWN }
}
