package dev.continuum.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.env.EnvJson;
import dev.continuum.env.Registry;
import dev.continuum.env.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code continuum env template list}: the templates shared with this user (all of them for an admin). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the templates you can instantiate.")
final class EnvTemplateListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EnvOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Registry registry = options.registry();
        options.warn(registry, spec.commandLine().getErr());
        ObjectNode report = EnvJson.MAPPER.createObjectNode();
        ArrayNode list = report.putArray("templates");
        for (Registry.Entry<Template> entry : registry.templates(EnvOptions.identity(registry))) {
            Template template = entry.value();
            list.addObject().put("name", template.name()).put("version", template.version()).put("kind", template.kind().json())
                    .put("shared", entry.folder().shared()).put("file", entry.file().toString())
                    .putPOJO("shared_with", template.sharedWith());
            if (!options.json) {
                out.printf("%s\tv%d\t%s\t%s%n", template.name(), template.version(), template.kind().json(), entry.file());
            }
        }
        if (options.json) {
            report.putPOJO("problems", registry.problems());
            out.println(EnvOptions.pretty(report));
        }
        out.flush();
        return 0;
    }
}
