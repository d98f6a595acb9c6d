package dev.continuum.launchers.jupyter;

import dev.continuum.launchers.jupyter.wire.JupyterMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Waits until a new kernel is really usable: it answered {@code kernel_info_request} on shell
 * and something it published about that request arrived on iopub. A SUB socket only receives
 * what is published after its subscription reached the kernel, so until iopub is seen working
 * the request is repeated (as jupyter_client's wait_for_ready does); otherwise the first cell's
 * outputs and idle status could be lost. Loop thread only.
 */
final class KernelHandshake {

    private static final Duration RESEND = Duration.ofMillis(200);

    private final IoLoop loop;
    private final Supplier<String> sendKernelInfo;
    private final Set<String> requestIds = new HashSet<>();
    private final CompletableFuture<JupyterMessage> done = new CompletableFuture<>();
    private JupyterMessage reply;
    private boolean iopubSeen;
    private IoLoop.Timer resend;

    /** {@code sendKernelInfo} sends one {@code kernel_info_request} and returns its msg_id. */
    KernelHandshake(IoLoop loop, Supplier<String> sendKernelInfo) {
        this.loop = loop;
        this.sendKernelInfo = sendKernelInfo;
    }

    /** The {@code kernel_info_reply}, once the kernel is ready; completed on the loop thread. */
    CompletableFuture<JupyterMessage> done() {
        return done;
    }

    void start() {
        requestIds.add(sendKernelInfo.get());
    }

    void cancel() {
        if (resend != null) {
            resend.cancel();
        }
    }

    /** True when the message belonged to the handshake. */
    boolean shell(JupyterMessage message) {
        if (!message.parentMsgId().map(requestIds::contains).orElse(false)) {
            return false;
        }
        if (reply == null && message.msgType().equals("kernel_info_reply")) {
            reply = message;
            check();
        }
        return true;
    }

    /** Notes iopub traffic about a handshake request; the message still goes on to routing. */
    void iopub(JupyterMessage message) {
        if (message.parentMsgId().map(requestIds::contains).orElse(false)) {
            iopubSeen = true;
            check();
        }
    }

    private void check() {
        if (done.isDone()) {
            return;
        }
        if (reply != null && iopubSeen) {
            cancel();
            done.complete(reply);
        } else if (reply != null && resend == null) {
            resend = loop.schedule(RESEND, () -> {
                resend = null;
                if (!done.isDone()) {
                    requestIds.add(sendKernelInfo.get());
                    check();
                }
            });
        }
    }
}
