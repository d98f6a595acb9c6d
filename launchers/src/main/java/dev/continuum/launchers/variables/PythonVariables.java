package dev.continuum.launchers.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.launchers.kernel.VariableAccess;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.Output;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@link VariableAccess} for an IPython kernel. Each request is a silent execution (no count, no
 * history, no {@code _}, no execute_input) of a call into a small helper module,
 * {@code continuum_variables.py}, installed on first use in {@code sys.modules} rather than in the
 * user's namespace; its reply comes back as one display of a private MIME type to a listener of
 * our own, so nothing reaches the cell's outputs. Python's own {@code ast} and {@code symtable}
 * find the names a cell reads, after IPython has turned its magics into Python.
 */
public final class PythonVariables implements VariableAccess {

    static final String MIME = "text/x-continuum-variables";
    private static final String INSTALL = install();

    private final KernelSession session;

    public PythonVariables(KernelSession session) {
        this.session = session;
    }

    /** Whether {@code session} is a Python kernel (the helper needs IPython for the best results, plain Python works). */
    public static boolean supports(KernelSession session) {
        return session.info() != null && session.info().language() != null
                && session.info().language().toLowerCase(Locale.ROOT).equals("python");
    }

    @Override
    public CompletableFuture<Set<String>> namesRead(String code, Set<String> candidates) {
        if (candidates.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        ObjectNode request = request("reads");
        request.put("code", code);
        candidates.forEach(request.putArray("candidates")::add);
        return call(request).thenApply(reply -> {
            Set<String> names = new LinkedHashSet<>();
            reply.path("reads").forEach(name -> names.add(name.asText()));
            return names;
        });
    }

    @Override
    public CompletableFuture<Changes> changes() {
        return call(request("changes")).thenApply(reply -> new Changes(texts(reply.path("changed")), texts(reply.path("removed"))));
    }

    @Override
    public CompletableFuture<Exported> export(Collection<String> names) {
        ObjectNode request = request("export");
        names.forEach(request.putArray("names")::add);
        return call(request).thenApply(reply -> {
            Map<String, String> refused = new LinkedHashMap<>();
            reply.path("refused").properties().forEach(e -> refused.put(e.getKey(), e.getValue().asText()));
            return new Exported(TransferJson.write(reply.path("values")), refused);
        });
    }

    @Override
    public CompletableFuture<Void> define(String valuesJson) {
        // Spliced in rather than parsed and written again: big arrays are megabytes of JSON.
        return call("{\"op\":\"define\",\"values\":" + valuesJson + "}").thenApply(reply -> null);
    }

    private static ObjectNode request(String operation) {
        return JsonNodeFactory.instance.objectNode().put("op", operation);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private CompletableFuture<JsonNode> call(ObjectNode request) {
        return call(TransferJson.write(request));
    }

    private CompletableFuture<JsonNode> call(String request) {
        String encoded = Base64.getEncoder().encodeToString(request.getBytes(StandardCharsets.UTF_8));
        String code = INSTALL + "__import__('sys').modules['_continuum_variables'].call('" + encoded + "')\n";
        Reply reply = new Reply();
        return session.execute(new ExecuteRequest(code, true, false, false, false), reply).thenApply(done -> {
            if (reply.error != null || !done.ok()) {
                ErrorOutput error = reply.error != null ? reply.error : done.error().orElse(null);
                throw new IllegalStateException("the Python kernel's variable helper failed: "
                        + (error == null ? done.status() : error.ename() + ": " + error.evalue()));
            }
            if (reply.text == null) {
                throw new IllegalStateException("the Python kernel's variable helper sent no reply");
            }
            return TransferJson.parseObject(reply.text);
        });
    }

    /** Collects the helper's one reply (or its error); nothing of it reaches a cell. */
    private static final class Reply implements ExecutionListener {
        volatile String text;
        volatile ErrorOutput error;

        @Override
        public void output(Output output) {
            if (output instanceof DisplayDataOutput display) {
                display.data().text(MIME).ifPresent(value -> text = value);
            } else if (output instanceof ErrorOutput failed) {
                error = failed;
            }
        }
    }

    /** Code that installs the helper module when the kernel does not have it yet (first use, after a restart). */
    private static String install() {
        try (InputStream in = PythonVariables.class.getResourceAsStream("continuum_variables.py")) {
            if (in == null) {
                throw new IllegalStateException("continuum_variables.py is missing from the launchers jar");
            }
            String module = Base64.getEncoder().encodeToString(in.readAllBytes());
            return "(__import__('sys').modules.get('_continuum_variables') or exec(__import__('base64').b64decode('"
                    + module + "').decode('utf-8'), {'__name__': '_continuum_variables'}))\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
