package dev.continuum.launchers.kernel;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What a session offers so a notebook can carry variables between its languages (see
 * {@code dev.continuum.launchers.variables.VariableBridge}): which names a cell reads, which
 * variables changed, and values out and in as JSON in the transfer format described in
 * {@code dev.continuum.launchers.variables}. None of these runs user code, shows an output or
 * counts as an execution.
 */
public interface VariableAccess {

    /** Of {@code candidates}, the names {@code code} reads (as the language's own parser sees them). */
    CompletableFuture<Set<String>> namesRead(String code, Set<String> candidates);

    /** The variables defined or changed since the last call (all of them on the first call), and those gone. */
    CompletableFuture<Changes> changes();

    /** The values of {@code names} as one JSON object, and for each name that cannot be carried, why. */
    CompletableFuture<Exported> export(Collection<String> names);

    /** Defines every member of the JSON object {@code valuesJson} as a variable; they do not count as changed. */
    CompletableFuture<Void> define(String valuesJson);

    record Changes(Set<String> changed, Set<String> removed) {
        public Changes {
            changed = Set.copyOf(changed);
            removed = Set.copyOf(removed);
        }
    }

    /** {@code valuesJson}: a JSON object of the values that can be carried; {@code refused}: name to reason. */
    record Exported(String valuesJson, Map<String, String> refused) {
        public Exported {
            refused = Map.copyOf(refused);
        }
    }
}
