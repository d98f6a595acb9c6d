package dev.continuum.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code continuum env template ...}: templates (blueprints of environments). */
@Command(name = "template", mixinStandardHelpOptions = true, description = "List or publish templates.",
        subcommands = {EnvTemplateListCommand.class, EnvTemplatePublishCommand.class})
final class EnvTemplateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or publish");
    }
}
