package dev.continuum.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.ipynb.AtomicFiles;
import dev.continuum.ipynb.FileChangedOnDiskException;
import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.ipynb.NotebookFormatException;
import dev.continuum.ipynb.NotebookWriter;
import dev.continuum.launchers.run.CellFailure;
import dev.continuum.launchers.run.Kernels;
import dev.continuum.launchers.run.NotebookRun;
import dev.continuum.launchers.run.NotebookSessions;
import dev.continuum.notebook.ErrorOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum run FILE [-o OUT]}: runs every code cell, as {@code jupyter nbconvert --execute} does. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a notebook's code cells top to bottom and write their outputs into the notebook.",
                "Python (and any language with an installed Jupyter kernel) runs on that kernel, Java cells on JShell;",
                "cells start in the notebook's folder. The run stops at the first failing cell, names it, and writes",
                "nothing, unless --allow-errors is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every cell ran", "1:a cell failed, or the notebook cannot be read or written", "2:wrong usage"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The notebook to run.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the notebook with its outputs here (replaced atomically). Default: FILE itself.")
    Path output;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per cell; a cell past it is interrupted and fails. Default: none.")
    Integer timeoutSeconds;

    @Option(names = "--kernel", paramLabel = "NAME", description = "Jupyter kernel to use instead of the one the notebook names (its metadata.kernelspec.name).")
    String kernel;

    @Option(names = "--allow-errors", description = "Go on after failing cells; their errors stay in their outputs and the notebook is written.")
    boolean allowErrors;

    @Option(names = "--json", description = "Print what ran and what failed as JSON, for scripts.")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        NotebookDocument document;
        try {
            document = NotebookDocument.open(file);
        } catch (NotebookFormatException e) {
            e.problems().forEach(problem -> err.println(file + ": " + problem.describe()));
            return 1;
        } catch (IOException e) {
            err.println(file + ": cannot read the file: " + CliErrors.describe(e));
            return 1;
        }
        Path folder = file.toAbsolutePath().getParent();
        NotebookRun.Result result;
        try (NotebookSessions sessions = new NotebookSessions(
                Kernels.forNotebook(document.notebook().metadata(), Optional.ofNullable(kernel), folder))) {
            NotebookRun run = new NotebookRun(sessions,
                    new NotebookRun.Options(timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds), allowErrors),
                    progress -> {
                        if (!json) {
                            err.printf("%s: running cell %d (%s)%n", file, progress.index(), progress.language());
                            err.flush();
                        }
                    });
            result = run.runAll(document.notebook());
        }
        for (CellFailure failure : result.failures()) {
            err.println(file + ": " + failure.describe());
            tracebackOf(document, failure).ifPresent(err::println);
        }
        boolean failed = result.firstFailure().isPresent();
        Path written = null;
        if (!failed || allowErrors) {
            try {
                written = write(document);
            } catch (FileChangedOnDiskException e) {
                err.println(file + ": changed on disk while it ran; the outputs were not written (use -o to write them elsewhere)");
                return 1;
            } catch (IOException e) {
                err.println((output == null ? file : output) + ": cannot write: " + CliErrors.describe(e));
                return 1;
            }
        } else {
            err.println(file + ": not written because a cell failed (use --allow-errors to write the outputs anyway)");
        }
        if (json) {
            report(result, written);
        }
        err.flush();
        return failed && !allowErrors ? 1 : 0;
    }

    private Path write(NotebookDocument document) throws IOException {
        if (output == null) {
            document.save();
            return file;
        }
        AtomicFiles.write(output, NotebookWriter.toBytes(document.notebook()));
        return output;
    }

    private static Optional<String> tracebackOf(NotebookDocument document, CellFailure failure) {
        return document.notebook().cell(failure.index()).state().outputs().stream()
                .filter(ErrorOutput.class::isInstance).map(ErrorOutput.class::cast)
                .reduce((first, second) -> second)
                .map(error -> String.join("\n", error.traceback()));
    }

    private void report(NotebookRun.Result result, Path written) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode().put("file", file.toString()).put("cells_run", result.cellsRun());
        if (written == null) {
            report.putNull("written");
        } else {
            report.put("written", written.toString());
        }
        ArrayNode failures = report.putArray("failures");
        for (CellFailure failure : result.failures()) {
            failures.addObject().put("cell_index", failure.index()).put("cell_id", failure.cellId())
                    .put("ename", failure.ename()).put("evalue", failure.evalue());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.flush();
    }
}
