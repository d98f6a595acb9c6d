package dev.continuum.launchers.kernel;

import dev.continuum.notebook.ErrorOutput;
import java.util.Optional;

/** How an execution ended: its count and, when it failed, the error (also sent as an output). */
public record ExecuteReply(Status status, int executionCount, Optional<ErrorOutput> error) {

    public enum Status { OK, ERROR, ABORTED }

    public boolean ok() {
        return status == Status.OK;
    }
}
