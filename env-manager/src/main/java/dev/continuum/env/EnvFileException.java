package dev.continuum.env;

import java.util.List;

/** A file that cannot be used; every problem names the file and the JSON field. */
public final class EnvFileException extends Exception {

    private final transient List<String> problems;

    public EnvFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public static EnvFileException of(String file, String path, String message) {
        return new EnvFileException(List.of(file + ": " + path + ": " + message));
    }

    /** One line per problem: {@code FILE: $.json.path: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
