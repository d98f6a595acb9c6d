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
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The Java kernel's side of {@link VariableAccess}, on the session thread. The agent reads
 * variables where JShell keeps them (found without compiling anything, see
 * {@link AgentExecutionControl#locate}); values come back over the agent's values stream and are
 * turned into transfer JSON here, so the agent needs nothing but the JDK. Values arrive the other way as JDK objects
 * and become variables through {@code <type> name;} and {@code { name = Transfer.take("name"); }}.
 */
final class JavaVariables {

    private static final String TRANSFER = Transfer.class.getName();

    private JavaVariables() {
    }

    static VariableAccess.Changes changes(AgentKernel kernel) {
        Map<String, VarSnippet> variables = variables(kernel.jshell());
        Map<String, Object> reply = transfer(kernel, Transfer.CHANGES, located(kernel, variables.values()), true);
        return new VariableAccess.Changes(names(reply.get("changed")), names(reply.get("removed")));
    }

    static VariableAccess.Exported export(AgentKernel kernel, Collection<String> wanted) {
        Map<String, VarSnippet> defined = variables(kernel.jshell());
        Map<String, String> refused = new LinkedHashMap<>();
        wanted.stream().filter(name -> !defined.containsKey(name))
                .forEach(name -> refused.put(name, name + " is not defined in the Java kernel"));
        List<VarSnippet> found = wanted.stream().filter(defined::containsKey).map(defined::get).toList();
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        if (!found.isEmpty()) {
            Map<String, Object> reply = transfer(kernel, Transfer.EXPORT, located(kernel, found), true);
            ((Map<?, ?>) reply.get("values")).forEach((name, value) -> values.set((String) name, TransferJson.toJson(value)));
            ((Map<?, ?>) reply.get("refused")).forEach((name, why) -> refused.put((String) name, (String) why));
        }
        return new VariableAccess.Exported(TransferJson.write(values), refused);
    }

    /** Names, wrapper classes and fields of {@code variables}, for the agent to read them by. */
    private static String[][] located(AgentKernel kernel, Collection<VarSnippet> variables) {
        List<VarSnippet> list = List.copyOf(variables);
        List<String[]> places = kernel.locate(list);
        if (places.size() != list.size()) {
            throw new IllegalStateException("JShell did not say where its variables are (" + places.size() + " of "
                    + list.size() + ")");
        }
        String[][] located = new String[3][list.size()];
        for (int i = 0; i < list.size(); i++) {
            located[0][i] = list.get(i).name();
            located[1][i] = places.get(i)[0];
            located[2][i] = places.get(i)[1];
        }
        return located;
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
            declarations.put(name, TransferJson.javaType(value) + " " + name + ";");
        }
        if (values.isEmpty()) {
            return;
        }
        Path file = null;
        try {
            // The agent runs on this machine; a file moves big values far faster than JShell's command stream.
            file = Files.createTempFile("continuum-values-", ".bin");
            Files.write(file, AgentValues.serialize(values));
            kernel.transfer(Transfer.PUT, file.toString(), false);
        } catch (IOException e) {
            checkAlive(kernel);
            throw new UncheckedIOException("could not send values to the Java kernel: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
        JShell jshell = kernel.jshell();
        for (Map.Entry<String, String> declaration : declarations.entrySet()) {
            evaluate(kernel, declaration.getValue(), "could not define " + declaration.getKey() + " in the Java kernel: ");
        }
        // Assigned in a block, a statement, so JShell does not turn each value into text as it
        // does for a declaration's initial value (slow for a big array).
        StringBuilder block = new StringBuilder("{ ");
        declarations.keySet().forEach(name -> block.append(name).append(" = ").append(TRANSFER).append(".take(\"")
                .append(name).append("\"); "));
        for (SnippetEvent event : evaluate(kernel, block.append("}").toString(), "could not set " + declarations.keySet()
                + " in the Java kernel: ")) {
            jshell.drop(event.snippet());
        }
    }

    private static List<SnippetEvent> evaluate(AgentKernel kernel, String snippet, String failure) {
        JShell jshell = kernel.jshell();
        List<SnippetEvent> events = jshell.eval(snippet).stream().filter(event -> event.causeSnippet() == null).toList();
        checkAlive(kernel);
        for (SnippetEvent event : events) {
            if (event.status() != Snippet.Status.VALID || event.exception() != null) {
                throw new IllegalStateException(failure + problem(jshell, event));
            }
        }
        return events;
    }

    /** The cell-visible variables: valid ones, without JShell's {@code $1} temporaries. */
    private static Map<String, VarSnippet> variables(JShell jshell) {
        return jshell.variables().filter(v -> jshell.status(v) == Snippet.Status.VALID && !v.name().startsWith("$"))
                .collect(Collectors.toMap(VarSnippet::name, v -> v, (a, b) -> b, LinkedHashMap::new));
    }

    private static Map<String, Object> transfer(AgentKernel kernel, String command, Object arg, boolean replies) {
        try {
            return kernel.transfer(command, arg, replies);
        } catch (IOException e) {
            checkAlive(kernel);
            throw new UncheckedIOException("the Java kernel did not answer " + command + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
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
