package dev.continuum.launchers.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.ExecutionListener;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code execute_request} in flight. It is finished only when both its {@code execute_reply}
 * (shell) and the kernel's {@code idle} status for it (iopub) have arrived: the two come on
 * different sockets, and outputs published just before the reply would otherwise be lost.
 */
final class Execution {

    final ExecuteRequest request;
    final ExecutionListener listener;
    final CompletableFuture<ExecuteReply> future = new CompletableFuture<>();
    private ObjectNode reply;
    private boolean idle;
    IoLoop.Timer idleGrace;

    Execution(ExecuteRequest request, ExecutionListener listener) {
        this.request = request;
        this.listener = listener;
    }

    void replied(ObjectNode content) {
        reply = content;
    }

    void wentIdle() {
        idle = true;
    }

    boolean hasReply() {
        return reply != null;
    }

    /** Aborted requests (after an earlier error) are answered without running, so no idle may follow. */
    boolean finished() {
        return reply != null && (idle || "aborted".equals(reply.path("status").asText()));
    }

    ExecuteReply toReply() {
        String status = reply.path("status").asText("error");
        int count = reply.path("execution_count").asInt(0);
        return switch (status) {
            case "ok" -> new ExecuteReply(ExecuteReply.Status.OK, count, Optional.empty());
            case "aborted" -> new ExecuteReply(ExecuteReply.Status.ABORTED, count, Optional.empty());
            default -> new ExecuteReply(ExecuteReply.Status.ERROR, count, Optional.of(KernelOutputs.error(reply)));
        };
    }
}
