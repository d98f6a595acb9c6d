package dev.continuum.ipynb;

import java.io.IOException;
import java.util.List;

/** A file that cannot be opened as a notebook: not JSON, or a shape no notebook can have. */
public class NotebookFormatException extends IOException {

    private final transient List<Problem> problems;

    public NotebookFormatException(Problem problem) {
        this(List.of(problem));
    }

    public NotebookFormatException(List<Problem> problems) {
        super(problems.isEmpty() ? "not a notebook" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
