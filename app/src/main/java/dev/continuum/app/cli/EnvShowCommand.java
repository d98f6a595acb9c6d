package dev.continuum.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.env.EnvJson;
import dev.continuum.env.Registry;
import dev.continuum.env.Resolution;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum env show NAME}: what a name (as a notebook stores it) resolves to here. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an environment: its template, values and file.")
final class EnvShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EnvOptions options;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Registry registry = options.registry();
        options.warn(registry, err);
        Resolution resolution = registry.resolve(name, EnvOptions.identity(registry));
        if (resolution instanceof Resolution.Unknown unknown) {
            if (options.json) {
                out.println(EnvOptions.pretty(EnvJson.MAPPER.createObjectNode().put("name", name).put("found", false)
                        .put("message", unknown.message()).putPOJO("known", unknown.known())));
            } else {
                err.println("continuum: " + unknown.message());
            }
            out.flush();
            err.flush();
            return 1;
        }
        Resolution.Found found = (Resolution.Found) resolution;
        if (options.json) {
            ObjectNode report = EnvJson.MAPPER.createObjectNode().put("name", name).put("found", true).put("file", found.file().toString())
                    .put("update_available", found.updateAvailable());
            report.set("environment", EnvJson.tree(found.environment()));
            report.set("template", found.template() == null ? null : EnvJson.tree(found.template()));
            out.println(EnvOptions.pretty(report));
        } else {
            var environment = found.environment();
            out.println("name: " + environment.name());
            out.println("template: " + environment.template() + " v" + environment.templateVersion()
                    + (found.template() == null ? " (not found here)" : found.updateAvailable() ? " (update available: v" + found.template().version() + ")" : ""));
            if (found.template() != null) {
                out.println("kind: " + found.template().kind().json());
            }
            out.println("owner: " + environment.owner());
            out.println("file: " + found.file());
            environment.parameters().forEach((key, value) -> out.println("  " + key + " = " + value));
        }
        out.flush();
        return 0;
    }
}
