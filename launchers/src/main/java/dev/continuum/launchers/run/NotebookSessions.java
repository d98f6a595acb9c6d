package dev.continuum.launchers.run;

import dev.continuum.launchers.kernel.KernelSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kernels of one notebook, one per language, each started the first time a cell needs it and
 * kept for the cells after it, as JupyterLab keeps a notebook's kernel.
 */
public final class NotebookSessions implements AutoCloseable {

    private final KernelProvider provider;
    private final Map<String, KernelSession> sessions = new LinkedHashMap<>();

    public NotebookSessions(KernelProvider provider) {
        this.provider = provider;
    }

    /** The session for {@code language}, started now if it is not running yet. */
    public synchronized KernelSession session(String language) throws Exception {
        KernelSession session = sessions.get(language);
        if (session == null) {
            session = provider.start(language);
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

    /** Forgets a session (after it died) so the next cell starts a new one. */
    public synchronized void forget(String language) {
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
