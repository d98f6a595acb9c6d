package dev.continuum.app.cli;

import dev.continuum.env.EnvJson;
import dev.continuum.env.Registry;
import dev.continuum.env.RegistryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum env delete NAME}: removes one of the user's own environments. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete one of your own environments.")
final class EnvDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EnvOptions options;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Registry registry = options.registry();
        try {
            registry.deleteEnvironment(EnvOptions.identity(registry), name);
        } catch (RegistryException e) {
            spec.commandLine().getErr().println("continuum: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        out.println(options.json ? EnvOptions.pretty(EnvJson.MAPPER.createObjectNode().put("deleted", name)) : "deleted environment " + name);
        out.flush();
        return 0;
    }
}
