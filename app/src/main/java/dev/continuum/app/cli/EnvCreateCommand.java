package dev.continuum.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.continuum.env.EnvJson;
import dev.continuum.env.Environment;
import dev.continuum.env.Parameter;
import dev.continuum.env.Registry;
import dev.continuum.env.RegistryException;
import dev.continuum.env.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code continuum env create --template T --set k=v ...}: instantiates a template as the user's own environment. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Make your own environment from a template you can see.",
                "Secret parameters take only a reference: store:NAME, env:VAR, file:PATH or ssh-agent."})
final class EnvCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EnvOptions options;

    @Option(names = "--template", required = true, paramLabel = "T")
    String template;

    @Option(names = "--name", paramLabel = "N", description = "The environment's name (default: the template's).")
    String name;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> values = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Registry registry = options.registry();
        String environmentName = name == null ? template : name;
        Template from = registry.template(template).map(Registry.Entry::value).orElse(null);
        Map<String, JsonNode> typed = new LinkedHashMap<>();
        values.forEach((key, text) -> typed.put(key, typed(from == null ? null : from.parameter(key).orElse(null), text)));
        Registry.Entry<Environment> created;
        try {
            created = registry.createEnvironment(EnvOptions.identity(registry), environmentName, template, typed);
        } catch (RegistryException e) {
            spec.commandLine().getErr().println("continuum: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        Environment environment = created.value();
        if (options.json) {
            ObjectNode report = EnvJson.MAPPER.createObjectNode().put("created", environment.name()).put("file", created.file().toString());
            report.set("environment", EnvJson.tree(environment));
            out.println(EnvOptions.pretty(report));
        } else {
            out.println("created environment " + environment.name() + " from template " + template + " v"
                    + environment.templateVersion() + ": " + created.file());
        }
        out.flush();
        return 0;
    }

    /** The command line's text as the JSON type the parameter declares; left as text when it does not parse, so the check names it. */
    static JsonNode typed(Parameter parameter, String text) {
        if (parameter == null) {
            return TextNode.valueOf(text);
        }
        try {
            return switch (parameter.type()) {
                case INTEGER -> LongNode.valueOf(Long.parseLong(text.strip()));
                case NUMBER -> DoubleNode.valueOf(Double.parseDouble(text.strip()));
                case BOOLEAN -> text.equals("true") || text.equals("false") ? BooleanNode.valueOf(Boolean.parseBoolean(text)) : TextNode.valueOf(text);
                default -> TextNode.valueOf(text);
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }
}
