package dev.continuum.launchers.jupyter.process;

import dev.continuum.launchers.jupyter.spec.KernelSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact process to start for a kernelspec, as jupyter_client builds it: argv with
 * {@code {connection_file}} and {@code {resource_dir}} filled in and a bare Python resolved;
 * the environment is this process's, then the spec's {@code env} (where {@code ${VAR}} is
 * expanded from the former), then the caller's additions, then {@code JPY_PARENT_PID}.
 */
public record KernelCommand(List<String> argv, Map<String, String> env, Path workingDirectory) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public KernelCommand {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }

    public static KernelCommand of(KernelSpec spec, Path connectionFile, Map<String, String> baseEnv,
                                   Map<String, String> extraEnv, Path workingDirectory,
                                   InterpreterResolver interpreters) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(baseEnv);
        spec.env().forEach((name, value) -> env.put(name, expandEnv(value, baseEnv)));
        env.putAll(extraEnv);
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            // As jupyter_client does: ipykernel then exits when we do, instead of living on orphaned.
            env.put("JPY_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
        }
        Map<String, String> placeholders = Map.of(
                "connection_file", connectionFile.toString(),
                "resource_dir", spec.resourceDir().toString());
        List<String> argv = new ArrayList<>(spec.argv().size());
        for (String arg : spec.argv()) {
            argv.add(fill(arg, placeholders));
        }
        return new KernelCommand(interpreters.resolve(argv, env), env, workingDirectory);
    }

    private static String fill(String arg, Map<String, String> placeholders) {
        Matcher matcher = PLACEHOLDER.matcher(arg);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = placeholders.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    /** {@code ${NAME}} from the environment; unknown names are left as written (Python's safe_substitute). */
    private static String expandEnv(String value, Map<String, String> env) {
        Matcher matcher = ENV_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = env.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }
}
