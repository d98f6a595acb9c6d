package dev.continuum.app.cli;

import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum [FILE.ipynb...]}: opens the app; the subcommands work headless. */
@Command(name = "continuum",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Continuum: a notebook IDE that runs each cell where it belongs.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, TrustCommand.class, RunCommand.class, EnvCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a notebook is invalid, unreadable or untrusted", "2:wrong usage"})
public final class ContinuumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE.ipynb", description = "Notebooks to open in the window.")
    List<File> files = List.of();

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ContinuumCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("continuum: " + e.getMessage());
            return 1;
        });
        return commandLine;
    }

    /** Without a subcommand: the window, with the given notebooks (or the welcome notebook). */
    @Override
    public Integer call() {
        // A mistyped subcommand must not open a window on a "notebook" of that name.
        for (File file : files) {
            if (!file.exists() && !file.getName().endsWith(".ipynb")) {
                spec.commandLine().getErr().println("continuum: no such command or notebook: " + file);
                spec.commandLine().usage(spec.commandLine().getErr());
                return 2;
            }
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            spec.commandLine().getErr().println("continuum: no display to open the window on (DISPLAY is not set); "
                    + "run it on a desktop or under xvfb-run, or use a headless subcommand:");
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        dev.continuum.app.ui.ContinuumApp.launchWindow(files.stream().map(File::toPath).toList());
        return 0;
    }
}
