package dev.continuum.launchers.run;

import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.launchers.kernel.KernelStatus;
import dev.continuum.launchers.variables.VariableBridge;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The kernels of one notebook, one per language, each started the first time a cell needs it and
 * kept for the cells after it, as JupyterLab keeps a notebook's kernel. Variables travel between
 * them through the notebook's {@link VariableBridge}, which forgets a language's definitions when
 * its kernel restarts (however the restart was asked for) or is given up.
 */
public final class NotebookSessions implements AutoCloseable {

    private final KernelProvider provider;
    private final Map<String, KernelSession> sessions = new LinkedHashMap<>();
    private final VariableBridge variables = new VariableBridge(this::all);

    public NotebookSessions(KernelProvider provider) {
        this.provider = provider;
    }

    /** The session for {@code language}, started now if it is not running yet. */
    public synchronized KernelSession session(String language) throws Exception {
        KernelSession session = sessions.get(language);
        if (session == null) {
            session = provider.start(language);
            session.addStatusListener(status -> {
                if (status == KernelStatus.RESTARTING) {
                    variables.forget(language);
                }
            });
            sessions.put(language, session);
        }
        return session;
    }

    /** The session for {@code language} if one was started. */
    public synchronized Optional<KernelSession> running(String language) {
        return Optional.ofNullable(sessions.get(language));
    }

    public synchronized Map<String, KernelSession> all() {
        return Map.copyOf(sessions);
    }

    /** Variables between this notebook's languages. */
    public VariableBridge variables() {
        return variables;
    }

    /** Restarts {@code language}'s kernel, if running: its variables are gone, for the other languages too. */
    public CompletableFuture<Void> restart(String language) {
        Optional<KernelSession> session = running(language);
        variables.forget(language);
        return session.map(KernelSession::restart).orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    /** Forgets a session (after it died) so the next cell starts a new one. */
    public synchronized void forget(String language) {
        variables.forget(language);
        KernelSession dead = sessions.remove(language);
        if (dead != null) {
            dead.close();
        }
    }

    @Override
    public synchronized void close() {
        sessions.values().forEach(KernelSession::close);
        sessions.clear();
    }
}
