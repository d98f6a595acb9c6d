package dev.continuum.launchers.variables;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.launchers.kernel.VariableAccess;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One notebook's variables across its languages' kernels: the last language that defined or
 * changed a name owns it, and a cell that reads a name another language owns gets the value
 * carried over before it runs (the rules are in {@code package-info}).
 *
 * <p>Cheap when unused: nothing happens while only one language's kernel runs; after a cell, one
 * request asks its kernel what changed; before a cell, its kernel is asked which names it reads
 * only when other languages own names, and values move only for names it does read.
 *
 * <p>Called by one thread at a time (the one running cells); {@link #forget} may come from any.
 */
public final class VariableBridge {

    private static final System.Logger LOG = System.getLogger(VariableBridge.class.getName());
    /** Limit for one bridge request when the cell has none. */
    private static final Duration DEFAULT_LIMIT = Duration.ofMinutes(5);

    private final Supplier<Map<String, KernelSession>> sessions;
    private final Map<String, Owner> owners = new HashMap<>();
    /** Per language, the version of each foreign variable it holds a copy of: a current copy is not carried again. */
    private final Map<String, Map<String, Long>> copies = new HashMap<>();
    private long versions;
    /** Languages whose cells ran while they were the only one: their variables are not yet owned. */
    private final Set<String> unswept = new HashSet<>();
    private final Map<KernelSession, VariableAccess> access = new WeakHashMap<>();
    private final AtomicLong carried = new AtomicLong();

    /** Who defined a variable last, and a number that grows with every change. */
    private record Owner(String language, long version) {
    }

    /** @param sessions the notebook's running sessions by language */
    public VariableBridge(Supplier<Map<String, KernelSession>> sessions) {
        this.sessions = sessions;
    }

    /**
     * Carries the foreign variables {@code code} reads into {@code language}'s kernel.
     *
     * @param limit per request; null for the default of five minutes
     * @throws VariableTransferException when one cannot be carried: the cell must not run
     */
    public void beforeCell(String language, String code, Duration limit) throws VariableTransferException,
            InterruptedException {
        Map<String, VariableAccess> live = accessible();
        VariableAccess target = live.get(language);
        if (target == null || live.size() < 2) {
            return;
        }
        sweep(live, limit);
        Map<String, Owner> foreign = foreignTo(language, live.keySet());
        if (foreign.isEmpty()) {
            return;
        }
        Set<String> read;
        try {
            read = await(target.namesRead(code, foreign.keySet()), limit);
        } catch (ExecutionException | TimeoutException e) {
            // The cell still runs: a name it needed shows as its own language's error.
            LOG.log(System.Logger.Level.WARNING, "could not tell which variables a " + language + " cell reads: " + reason(e));
            return;
        }
        Map<String, Set<String>> byOwner = new TreeMap<>();
        read.forEach(name -> byOwner.computeIfAbsent(foreign.get(name).language(), o -> new LinkedHashSet<>()).add(name));
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Set<String>> group : byOwner.entrySet()) {
            String owner = group.getKey();
            Set<String> names = group.getValue();
            VariableAccess.Exported exported;
            try {
                exported = await(live.get(owner).export(names), limit);
            } catch (ExecutionException | TimeoutException e) {
                throw failure(names, owner, language, reason(e), e);
            }
            for (String name : names) {
                if (exported.refused().containsKey(name)) {
                    throw failure(Set.of(name), owner, language, exported.refused().get(name), null);
                }
            }
            values.setAll(TransferJson.parseObject(exported.valuesJson()));
        }
        if (values.isEmpty()) {
            return;
        }
        try {
            await(target.define(TransferJson.write(values)), limit);
        } catch (ExecutionException | TimeoutException e) {
            Set<String> names = new HashSet<>();
            values.fieldNames().forEachRemaining(names::add);
            throw failure(names, byOwner.size() == 1 ? byOwner.keySet().iterator().next() : "other languages", language,
                    reason(e), e);
        }
        synchronized (this) {
            Map<String, Long> held = copies.computeIfAbsent(language, l -> new HashMap<>());
            values.fieldNames().forEachRemaining(name -> held.put(name, foreign.get(name).version()));
        }
        carried.addAndGet(values.size());
        LOG.log(System.Logger.Level.DEBUG, () -> "carried " + values.size() + " variable(s) into " + language + ": "
                + byOwner);
    }

    /** Records which variables a cell of {@code language} defined or changed (it ran, successfully or not). */
    public void afterCell(String language, Duration limit) throws InterruptedException {
        Map<String, VariableAccess> live = accessible();
        if (live.size() < 2 || !live.containsKey(language)) {
            markUnswept(language);
            return;
        }
        take(language, live.get(language), limit);
    }

    /** A cell of {@code language} was cut short: what it changed is asked before the next cell needs it. */
    public synchronized void markUnswept(String language) {
        unswept.add(language);
    }

    /** {@code language}'s kernel restarted or ended: none of its old definitions is consulted again. */
    public synchronized void forget(String language) {
        owners.values().removeIf(owner -> owner.language().equals(language));
        copies.remove(language);
        unswept.remove(language);
    }

    /** Which language owns each variable now (for views and tests). */
    public synchronized Map<String, String> owners() {
        Map<String, String> languages = new HashMap<>();
        owners.forEach((name, owner) -> languages.put(name, owner.language()));
        return Map.copyOf(languages);
    }

    /** How many values were carried between kernels so far. */
    public long valuesCarried() {
        return carried.get();
    }

    private void sweep(Map<String, VariableAccess> live, Duration limit) throws InterruptedException {
        Set<String> pending;
        synchronized (this) {
            pending = new HashSet<>(unswept);
            pending.retainAll(live.keySet());
        }
        for (String language : pending) {
            take(language, live.get(language), limit);
        }
    }

    private void take(String language, VariableAccess session, Duration limit) throws InterruptedException {
        VariableAccess.Changes changes;
        try {
            changes = await(session.changes(), limit);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "could not ask the " + language + " kernel what changed: " + reason(e));
            markUnswept(language);
            return;
        }
        synchronized (this) {
            unswept.remove(language);
            Map<String, Long> held = copies.computeIfAbsent(language, l -> new HashMap<>());
            changes.changed().forEach(name -> {
                owners.put(name, new Owner(language, ++versions));
                held.remove(name);
            });
            changes.removed().forEach(name -> {
                held.remove(name);
                if (owners.containsKey(name) && owners.get(name).language().equals(language)) {
                    owners.remove(name);
                }
            });
        }
    }

    /** The variables other languages own that {@code language} holds no current copy of. */
    private synchronized Map<String, Owner> foreignTo(String language, Set<String> live) {
        Map<String, Long> held = copies.getOrDefault(language, Map.of());
        Map<String, Owner> foreign = new HashMap<>();
        owners.forEach((name, owner) -> {
            if (!owner.language().equals(language) && live.contains(owner.language())
                    && !Long.valueOf(owner.version()).equals(held.get(name))) {
                foreign.put(name, owner);
            }
        });
        return foreign;
    }

    /** The running sessions that can share variables, by language. */
    private Map<String, VariableAccess> accessible() {
        Map<String, VariableAccess> live = new TreeMap<>();
        sessions.get().forEach((language, session) -> {
            VariableAccess found;
            synchronized (access) {
                found = access.computeIfAbsent(session, s -> s instanceof VariableAccess own ? own
                        : PythonVariables.supports(s) ? new PythonVariables(s) : null);
            }
            if (found != null) {
                live.put(language, found);
            }
        });
        return live;
    }

    private static <T> T await(CompletableFuture<T> future, Duration limit) throws ExecutionException, TimeoutException,
            InterruptedException {
        return future.get((limit == null ? DEFAULT_LIMIT : limit).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static VariableTransferException failure(Set<String> names, String from, String to, String why, Throwable cause) {
        String which = names.size() == 1 ? names.iterator().next() : String.join(", ", new java.util.TreeSet<>(names));
        return new VariableTransferException("cannot carry " + which + " from " + title(from) + " to " + title(to)
                + ": " + why, cause);
    }

    private static String reason(Exception e) {
        if (e instanceof TimeoutException) {
            return "the kernel did not answer in time";
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    private static String title(String language) {
        return language.isEmpty() ? language : language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1);
    }
}
