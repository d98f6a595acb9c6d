package dev.continuum.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.ipynb.NotebookFormatException;
import dev.continuum.ipynb.NotebookReader;
import dev.continuum.ipynb.NotebookValidator;
import dev.continuum.ipynb.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code continuum validate FILE...}: checks notebooks against the official nbformat schemas. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check notebooks against the nbformat schema of their version.",
                "Prints one line per problem: file, cell index and id, JSON path of the field, what is wrong."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid notebook", "1:a file is invalid or unreadable", "2:wrong usage"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON, for scripts.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Notebook files (.ipynb).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode report = mapper.createArrayNode();
        boolean allValid = true;
        for (Path file : files) {
            List<Problem> problems = problemsOf(file);
            allValid &= problems.isEmpty();
            if (json) {
                ObjectNode entry = report.addObject().put("file", file.toString()).put("valid", problems.isEmpty());
                ArrayNode list = entry.putArray("problems");
                for (Problem problem : problems) {
                    ObjectNode item = list.addObject();
                    if (problem.cellIndex() == null) {
                        item.putNull("cell_index");
                    } else {
                        item.put("cell_index", problem.cellIndex());
                    }
                    item.put("cell_id", problem.cellId()).put("path", problem.path()).put("message", problem.message());
                }
            } else if (problems.isEmpty()) {
                out.println(file + ": valid");
            } else {
                problems.forEach(problem -> out.println(file + ": " + problem.describe()));
            }
        }
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        }
        out.flush();
        return allValid ? 0 : 1;
    }

    static List<Problem> problemsOf(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(Problem.error("$", "cannot read the file: " + CliErrors.describe(e)));
        }
        List<Problem> problems = new ArrayList<>(NotebookValidator.validate(bytes));
        if (problems.isEmpty()) {
            try {
                NotebookReader.read(bytes);
            } catch (NotebookFormatException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }
}
