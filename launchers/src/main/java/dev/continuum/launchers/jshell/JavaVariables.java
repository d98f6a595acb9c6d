package dev.continuum.launchers.jshell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.jshell.agent.Transfer;
import dev.continuum.launchers.kernel.KernelDiedException;
import dev.continuum.launchers.kernel.VariableAccess;
import dev.continuum.launchers.variables.TransferJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * The Java kernel's side of {@link VariableAccess}, on the session thread. Variables are reached
 * through one short snippet that hands references to the agent ({@link Transfer#stage}) and is
 * dropped again; values come back over the agent's values stream and are turned into transfer
 * JSON here, so the agent needs nothing but the JDK. Values arrive the other way as JDK objects
 * and become variables through {@code <type> name = Transfer.take("name");}.
 */
final class JavaVariables {

    private static final String TRANSFER = Transfer.class.getName();

    private JavaVariables() {
    }

    static VariableAccess.Changes changes(AgentKernel kernel) {
        String[] names = variables(kernel.jshell()).keySet().toArray(String[]::new);
        stage(kernel, names);
        Map<String, Object> reply = transfer(kernel, Transfer.CHANGES, names, true);
        return new VariableAccess.Changes(names(reply.get("changed")), names(reply.get("removed")));
    }

    static VariableAccess.Exported export(AgentKernel kernel, Collection<String> wanted) {
        Set<String> defined = variables(kernel.jshell()).keySet();
        Map<String, String> refused = new LinkedHashMap<>();
        wanted.stream().filter(name -> !defined.contains(name))
                .forEach(name -> refused.put(name, name + " is not defined in the Java kernel"));
        String[] names = wanted.stream().filter(defined::contains).toArray(String[]::new);
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        if (names.length > 0) {
            stage(kernel, names);
            Map<String, Object> reply = transfer(kernel, Transfer.EXPORT, names, true);
            ((Map<?, ?>) reply.get("values")).forEach((name, value) -> values.set((String) name, TransferJson.toJson(value)));
            ((Map<?, ?>) reply.get("refused")).forEach((name, why) -> refused.put((String) name, (String) why));
        }
        return new VariableAccess.Exported(TransferJson.write(values), refused);
    }

    /** Declares each value as a variable of the type {@link TransferJson#javaType} gives. */
    static void define(AgentKernel kernel, String valuesJson) {
        HashMap<String, Object> values = new HashMap<>();
        Map<String, String> declarations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : TransferJson.parseObject(valuesJson).properties()) {
            String name = member.getKey();
            if (!SourceVersion.isName(name) || name.contains(".")) {
                throw new IllegalArgumentException(name + " is not a Java variable name");
            }
            Object value = TransferJson.fromJson(member.getValue(), name);
            values.put(name, value);
            declarations.put(name, TransferJson.javaType(value) + " " + name + " = " + TRANSFER + ".take(\"" + name + "\");");
        }
        if (values.isEmpty()) {
            return;
        }
        try {
            kernel.transfer(Transfer.PUT, AgentValues.serialize(values), false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not send values to the Java kernel: " + e.getMessage(), e);
        }
        JShell jshell = kernel.jshell();
        for (Map.Entry<String, String> declaration : declarations.entrySet()) {
            for (SnippetEvent event : jshell.eval(declaration.getValue())) {
                checkAlive(kernel);
                if (event.causeSnippet() == null && (event.status() != Snippet.Status.VALID || event.exception() != null)) {
                    throw new IllegalStateException("could not define " + declaration.getKey() + " in the Java kernel: "
                            + problem(jshell, event));
                }
            }
        }
    }

    /** The cell-visible variables: valid ones, without JShell's {@code $1} temporaries. */
    private static Map<String, VarSnippet> variables(JShell jshell) {
        return jshell.variables().filter(v -> jshell.status(v) == Snippet.Status.VALID && !v.name().startsWith("$"))
                .collect(Collectors.toMap(VarSnippet::name, v -> v, (a, b) -> b, LinkedHashMap::new));
    }

    private static void stage(AgentKernel kernel, String[] names) {
        JShell jshell = kernel.jshell();
        String snippet = TRANSFER + ".stage(new Object[] {" + String.join(", ", names) + "});";
        for (SnippetEvent event : jshell.eval(snippet)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            checkAlive(kernel);
            String problem = event.status() != Snippet.Status.VALID || event.exception() != null ? problem(jshell, event) : null;
            jshell.drop(event.snippet());
            if (problem != null) {
                throw new IllegalStateException("could not reach the Java variables " + List.of(names) + ": " + problem);
            }
        }
        kernel.takeStopped();
    }

    private static Map<String, Object> transfer(AgentKernel kernel, String command, Object arg, boolean replies) {
        try {
            return kernel.transfer(command, arg, replies);
        } catch (IOException e) {
            checkAlive(kernel);
            throw new UncheckedIOException("the Java kernel did not answer " + command + ": " + e.getMessage(), e);
        }
    }

    private static void checkAlive(AgentKernel kernel) {
        if (!kernel.usable()) {
            throw new KernelDiedException(kernel.endMessage());
        }
    }

    private static String problem(JShell jshell, SnippetEvent event) {
        if (event.exception() != null) {
            return event.exception().toString();
        }
        String errors = jshell.diagnostics(event.snippet()).filter(d -> d.isError()).map(d -> d.getMessage(null))
                .collect(Collectors.joining("; "));
        return errors.isEmpty() ? event.status().toString() : errors;
    }

    private static Set<String> names(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).collect(Collectors.toSet());
    }
}
