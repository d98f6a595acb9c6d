package dev.continuum.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code continuum env ...}: environments and templates from the command line. */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = {"Environments (where cells run) and the templates they are made from.",
                "The user's own registry is $XDG_CONFIG_HOME/continuum; shared registries are listed in its registries.txt or given with --registry."},
        subcommands = {EnvListCommand.class, EnvShowCommand.class, EnvCreateCommand.class, EnvDeleteCommand.class, EnvTemplateCommand.class, EnvSecretCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:unknown name, refused, or invalid values", "2:wrong usage"})
final class EnvCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, show, create, delete, template or secret");
    }
}
