package dev.continuum.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.env.EnvJson;
import dev.continuum.env.Environment;
import dev.continuum.env.Identity;
import dev.continuum.env.Registry;
import dev.continuum.env.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code continuum env list}: the environments this user can use, and whether their template moved on. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the environments you can use.")
final class EnvListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EnvOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Registry registry = options.registry();
        Identity who = EnvOptions.identity(registry);
        options.warn(registry, spec.commandLine().getErr());
        ObjectNode report = EnvJson.MAPPER.createObjectNode();
        ArrayNode list = report.putArray("environments");
        for (Registry.Entry<Environment> entry : registry.environments(who)) {
            Environment environment = entry.value();
            Template template = registry.template(environment.template()).map(Registry.Entry::value).orElse(null);
            ObjectNode item = list.addObject().put("name", environment.name()).put("template", environment.template())
                    .put("template_version", environment.templateVersion()).put("owner", environment.owner())
                    .put("file", entry.file().toString());
            if (template == null) {
                item.putNull("kind").putNull("latest_version").put("update_available", false);
            } else {
                item.put("kind", template.kind().json()).put("latest_version", template.version())
                        .put("update_available", environment.updateAvailable(template));
            }
            if (!options.json) {
                String status = template == null ? "template " + environment.template() + " not found"
                        : environment.updateAvailable(template) ? "update available (v" + template.version() + ")" : "up to date";
                out.printf("%s\t%s v%d\t%s\t%s%n", environment.name(), environment.template(), environment.templateVersion(),
                        template == null ? "?" : template.kind().json(), status);
            }
        }
        if (options.json) {
            report.putPOJO("problems", registry.problems());
            out.println(EnvOptions.pretty(report));
        } else if (list.isEmpty()) {
            out.println("no environments; make one with `continuum env create --template NAME`");
        }
        out.flush();
        return 0;
    }
}
