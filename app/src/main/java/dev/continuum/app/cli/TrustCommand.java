package dev.continuum.app.cli;

import dev.continuum.ipynb.NotebookFormatException;
import dev.continuum.ipynb.NotebookReader;
import dev.continuum.ipynb.TrustStore;
import dev.continuum.notebook.Notebook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum trust FILE...}: trusts notebooks' active output, as {@code jupyter trust} does. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = {"Trust notebooks so their HTML and JavaScript output is shown active (like `jupyter trust`).",
                "Trust covers the exact content: any later change by someone else makes the notebook untrusted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trusted", "1:untrusted (with --check) or unreadable", "2:wrong usage"})
final class TrustCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Only report whether each notebook is trusted.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrustStore store = TrustStore.forUser();
        int exit = 0;
        for (Path file : files) {
            try {
                Notebook notebook = NotebookReader.read(Files.readAllBytes(file)).notebook();
                if (check) {
                    boolean trusted = store.isTrusted(notebook);
                    out.println(file + ": " + (trusted ? "trusted" : "not trusted"));
                    exit = trusted ? exit : 1;
                } else {
                    store.trust(notebook);
                    out.println(file + ": trusted");
                }
            } catch (NotebookFormatException e) {
                err.println(file + ": " + e.getMessage());
                exit = 1;
            } catch (IOException e) {
                err.println(file + ": " + CliErrors.describe(e));
                exit = 1;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
