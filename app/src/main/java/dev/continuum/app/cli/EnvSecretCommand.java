package dev.continuum.app.cli;

import dev.continuum.env.EnvJson;
import dev.continuum.env.SecretStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code continuum env secret put|list|delete}: the local encrypted secret store that
 * {@code store:NAME} references point at. The value is read from standard input, never from an
 * argument: arguments end up in shell history and in every user's {@code ps}.
 */
@Command(name = "secret", mixinStandardHelpOptions = true,
        description = "Keep secrets in the local encrypted store; parameters refer to one as store:NAME.",
        subcommands = {EnvSecretCommand.Put.class, EnvSecretCommand.ListNames.class, EnvSecretCommand.Delete.class})
final class EnvSecretCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: put, list or delete");
    }

    /** Where {@code put} reads the value; replaced by tests. */
    static InputStream input = System.in;

    @Command(name = "put", mixinStandardHelpOptions = true, description = "Store the secret read from standard input (one trailing newline dropped).")
    static final class Put implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        EnvOptions options;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            input.transferTo(bytes);
            String value = bytes.toString(StandardCharsets.UTF_8);
            value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
            if (value.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no secret on standard input");
            }
            try {
                new SecretStore(options.paths().dataDir()).put(name, value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(options.json ? EnvOptions.pretty(EnvJson.MAPPER.createObjectNode().put("stored", name).put("reference", "store:" + name))
                    : "stored secret " + name + "; refer to it as store:" + name);
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the names of stored secrets (never their values).")
    static final class ListNames implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        EnvOptions options;

        @Override
        public Integer call() throws IOException {
            var names = new TreeSet<>(new SecretStore(options.paths().dataDir()).names());
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                out.println(EnvOptions.pretty(EnvJson.MAPPER.createObjectNode().putPOJO("secrets", names)));
            } else {
                names.forEach(out::println);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a stored secret.")
    static final class Delete implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        EnvOptions options;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            boolean deleted = new SecretStore(options.paths().dataDir()).delete(name);
            if (!deleted) {
                spec.commandLine().getErr().println("continuum: no secret named " + name);
                spec.commandLine().getErr().flush();
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(options.json ? EnvOptions.pretty(EnvJson.MAPPER.createObjectNode().put("deleted", name)) : "deleted secret " + name);
            out.flush();
            return 0;
        }
    }
}
