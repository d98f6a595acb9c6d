package dev.continuum.app.cli;

import dev.continuum.ipynb.AtomicFiles;
import dev.continuum.ipynb.NotebookFormatException;
import dev.continuum.ipynb.NotebookReader;
import dev.continuum.ipynb.NotebookWriter;
import dev.continuum.ipynb.Problem;
import dev.continuum.ipynb.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum convert [--to 4.5] IN [-o OUT]}: writes a notebook exactly as Jupyter writes it. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Write a notebook in canonical nbformat 4 form, byte for byte as Jupyter's nbformat writes it.",
                "Older formats (2, 3) are upgraded; --to 4.5 also upgrades 4.0-4.4 (adding cell ids)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the input cannot be read as a notebook, or the output cannot be written", "2:wrong usage"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "VERSION", defaultValue = "4",
            description = "Target format: 4 (keep the 4.x minor, as nbformat.convert does) or 4.5. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (replaced atomically). Default: standard output.")
    Path output;

    @Parameters(index = "0", paramLabel = "IN", description = "The notebook to convert.")
    Path input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean upgrade = switch (target) {
            case "4" -> false;
            case "4.5" -> true;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--to must be 4 or 4.5, not " + target);
        };
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (IOException e) {
            err.println(input + ": cannot read the file: " + CliErrors.describe(e));
            return 1;
        }
        ReadResult result;
        byte[] written;
        try {
            result = NotebookReader.read(bytes, NotebookReader.Options.DEFAULT.withUpgradeTo45(upgrade));
            written = NotebookWriter.toBytes(result.notebook());
        } catch (NotebookFormatException e) {
            e.problems().forEach(problem -> err.println(input + ": " + problem.describe()));
            return 1;
        } catch (IOException e) {
            err.println(input + ": cannot write this notebook as JSON: " + e.getMessage());
            return 1;
        }
        for (Problem repair : result.repairs()) {
            err.println(input + ": note: " + repair.describe());
        }
        if (output == null) {
            var stdout = System.out;
            stdout.write(written);
            stdout.flush();
        } else {
            try {
                AtomicFiles.write(output, written);
            } catch (IOException e) {
                err.println(output + ": cannot write: " + CliErrors.describe(e));
                return 1;
            }
        }
        err.flush();
        return 0;
    }
}
