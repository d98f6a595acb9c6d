package dev.continuum.app;

import dev.continuum.app.cli.ContinuumCommand;
import picocli.CommandLine;

/** Entry point of {@code ./continuum}: the app, or a headless subcommand. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ContinuumCommand.commandLine().execute(args));
    }
}
