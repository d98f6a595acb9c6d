package dev.continuum.launchers.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.jupyter.wire.JupyterMessage;
import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.Output;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Matches what the kernel sends to the request it belongs to, by the parent header's
 * {@code msg_id}: shell replies complete their futures; iopub outputs go to the execution's
 * listener; {@code input_request}s on stdin are asked of that listener and answered. Display ids
 * are remembered so a later {@code update_display_data} (from any cell) reaches every listener
 * that showed that display. Runs on the I/O loop; listeners are called on the event thread.
 */
final class RequestRouter {

    /** What routing needs from the session. */
    interface Host {
        /** An iopub {@code status}: "busy", "idle" or "starting". */
        void kernelState(String executionState);

        void executionCount(int count);

        /** Sends an {@code input_reply} to {@code request} (from any thread). */
        void answerInput(JupyterMessage request, String value);
    }

    /**
     * What a refused {@code input_request} is answered with: the end-of-transmission character,
     * which ipykernel turns into {@code EOFError}, exactly what {@code input()} raises when stdin
     * has ended. An empty line instead would let the cell run on with a made-up answer.
     */
    static final String END_OF_INPUT = "\u0004";

    private static final System.Logger LOG = System.getLogger(RequestRouter.class.getName());
    private static final int RECENT_EXECUTIONS = 64;
    /**
     * ipykernel also reports busy/idle around control requests; an interrupt sent while a cell runs
     * must not make the kernel look idle, so those are not the kernel's state.
     */
    /**
     * Requests whose busy/idle is not the kernel's state as the user sees it: control requests
     * (an interrupt must not show a running cell idle), and the kernel_info requests of the start
     * handshake (a late one would show a freshly started kernel busy).
     */
    private static final Set<String> CONTROL_REQUESTS =
            Set.of("interrupt_request", "shutdown_request", "debug_request", "usage_request", "kernel_info_request");

    private final Host host;
    private final EventThread events;
    private final IoLoop loop;
    private final Duration idleGrace;
    private final Map<String, CompletableFuture<ObjectNode>> replies = new HashMap<>();
    private final Map<String, Execution> executions = new LinkedHashMap<>();
    /** Finished executions, so output a background thread prints afterwards still reaches its cell. */
    private final Map<String, Execution> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Execution> eldest) {
            return size() > RECENT_EXECUTIONS;
        }
    };
    private final Map<String, Set<ExecutionListener>> displays = new HashMap<>();

    RequestRouter(Host host, EventThread events, IoLoop loop, Duration idleGrace) {
        this.host = host;
        this.events = events;
        this.loop = loop;
        this.idleGrace = idleGrace;
    }

    /** The content of the shell reply to {@code msgId}. */
    CompletableFuture<ObjectNode> expectReply(String msgId) {
        CompletableFuture<ObjectNode> reply = new CompletableFuture<>();
        replies.put(msgId, reply);
        return reply;
    }

    void expectExecution(String msgId, Execution execution) {
        executions.put(msgId, execution);
    }

    void shell(JupyterMessage message) {
        String parent = message.parentMsgId().orElse("");
        Execution execution = executions.get(parent);
        if (execution != null && message.msgType().equals("execute_reply")) {
            execution.replied(message.content());
            if (!execution.request.silent() && execution.request.storeHistory()
                    && message.content().path("execution_count").asInt(0) > 0) {
                host.executionCount(message.content().path("execution_count").asInt());
            }
            finishIfDone(parent, execution);
            return;
        }
        CompletableFuture<ObjectNode> reply = replies.remove(parent);
        if (reply != null) {
            events.deliver(() -> reply.complete(message.content()));
        } else {
            LOG.log(Level.DEBUG, () -> "unexpected " + message.msgType() + " for " + parent);
        }
    }

    void iopub(JupyterMessage message) {
        String parent = message.parentMsgId().orElse("");
        Execution execution = executions.get(parent);
        if (execution == null) {
            execution = recent.get(parent);
        }
        ObjectNode content = message.content();
        switch (message.msgType()) {
            case "status" -> {
                String state = content.path("execution_state").asText();
                if (!CONTROL_REQUESTS.contains(message.parentHeader().path("msg_type").asText())) {
                    host.kernelState(state);
                }
                if (state.equals("idle") && execution != null && executions.containsKey(parent)) {
                    execution.wentIdle();
                    finishIfDone(parent, execution);
                }
            }
            case "execute_input" -> {
                int count = content.path("execution_count").asInt(0);
                if (count > 0) {
                    host.executionCount(count);
                }
            }
            case "stream" -> output(execution, KernelOutputs.stream(content));
            case "execute_result" -> output(execution, KernelOutputs.executeResult(content));
            case "error" -> output(execution, KernelOutputs.error(content));
            case "display_data" -> {
                if (execution != null) {
                    ExecutionListener listener = execution.listener;
                    Optional<String> id = KernelOutputs.displayId(content);
                    id.ifPresent(key -> displays
                            .computeIfAbsent(key, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                            .add(listener));
                    if (id.isPresent()) {
                        DisplayDataOutput shown = KernelOutputs.displayData(content);
                        events.deliver(() -> listener.display(id.get(), shown));
                        return;
                    }
                }
                output(execution, KernelOutputs.displayData(content));
            }
            case "update_display_data" -> updateDisplay(execution, content);
            case "clear_output" -> {
                if (execution != null) {
                    ExecutionListener listener = execution.listener;
                    boolean wait = content.path("wait").asBoolean(false);
                    events.deliver(() -> listener.clearOutput(wait));
                }
            }
            default -> LOG.log(Level.TRACE, () -> "ignoring iopub " + message.msgType());
        }
    }

    void stdin(JupyterMessage message) {
        if (!message.msgType().equals("input_request")) {
            return;
        }
        String parent = message.parentMsgId().orElse("");
        Execution execution = executions.containsKey(parent) ? executions.get(parent) : recent.get(parent);
        if (execution == null) {
            host.answerInput(message, END_OF_INPUT);
            return;
        }
        String prompt = message.content().path("prompt").asText("");
        boolean password = message.content().path("password").asBoolean(false);
        ExecutionListener listener = execution.listener;
        events.deliver(() -> {
            CompletableFuture<String> answer;
            try {
                answer = listener.input(prompt, password);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            if (answer == null) {
                answer = CompletableFuture.failedFuture(new NullPointerException("input() returned no future"));
            }
            answer.whenComplete((value, error) -> {
                if (error != null || value == null) {
                    LOG.log(Level.DEBUG, () -> "input refused (" + error + "); answering end of input");
                }
                host.answerInput(message, error == null && value != null ? value : END_OF_INPUT);
            });
        });
    }

    /** Fails every outstanding request (the kernel died, restarted or was shut down). */
    void failAll(Supplier<? extends RuntimeException> cause) {
        List<CompletableFuture<?>> pending = new ArrayList<>(replies.values());
        for (Execution execution : executions.values()) {
            if (execution.idleGrace != null) {
                execution.idleGrace.cancel();
            }
            pending.add(execution.future);
        }
        replies.clear();
        executions.clear();
        for (CompletableFuture<?> future : pending) {
            RuntimeException error = cause.get();
            events.deliver(() -> future.completeExceptionally(error));
        }
    }

    /** After a restart, old display ids and executions mean nothing. */
    void forgetHistory() {
        recent.clear();
        displays.clear();
    }

    private void output(Execution execution, Output output) {
        if (execution == null) {
            LOG.log(Level.DEBUG, () -> "output of an unknown request dropped: " + output.outputType());
            return;
        }
        ExecutionListener listener = execution.listener;
        events.deliver(() -> listener.output(output));
    }

    private void updateDisplay(Execution execution, JsonNode content) {
        String id = KernelOutputs.displayId(content).orElse(null);
        if (id == null) {
            return;
        }
        DisplayDataOutput output = KernelOutputs.displayData(content);
        Set<ExecutionListener> shown = displays.get(id);
        List<ExecutionListener> targets = shown != null ? List.copyOf(shown)
                : execution != null ? List.of(execution.listener) : List.of();
        for (ExecutionListener listener : targets) {
            events.deliver(() -> listener.updateDisplay(id, output));
        }
    }

    private void finishIfDone(String msgId, Execution execution) {
        if (execution.finished()) {
            finish(msgId, execution);
        } else if (execution.hasReply() && execution.idleGrace == null) {
            // The idle status normally follows the reply within milliseconds; never wait forever for it.
            execution.idleGrace = loop.schedule(idleGrace, () -> {
                if (executions.get(msgId) == execution) {
                    LOG.log(Level.DEBUG, () -> "no idle status for " + msgId + " after " + idleGrace + "; finishing");
                    finish(msgId, execution);
                }
            });
        }
    }

    private void finish(String msgId, Execution execution) {
        if (execution.idleGrace != null) {
            execution.idleGrace.cancel();
        }
        executions.remove(msgId);
        recent.put(msgId, execution);
        events.deliver(() -> execution.future.complete(execution.toReply()));
    }
}
