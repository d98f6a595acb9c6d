package dev.continuum.launchers.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code %maven} and {@code %classpath} lines at the top of a Java cell. They are blanked out
 * of the code (same length, same line breaks) so offsets and line numbers still match the cell.
 */
final class Magics {

    /** One magic line: its name without {@code %}, the rest of the line, and its 1-based line. */
    record Magic(String name, String argument, int line) {
    }

    record Parsed(List<Magic> magics, String code) {
    }

    private static final Pattern MAGIC = Pattern.compile("^\\s*%(\\w+)(.*)$");

    private Magics() {
    }

    static Parsed parse(String cell) {
        List<Magic> magics = new ArrayList<>();
        StringBuilder code = new StringBuilder(cell);
        int start = 0;
        int line = 1;
        while (start <= cell.length()) {
            int end = cell.indexOf('\n', start);
            int lineEnd = end < 0 ? cell.length() : end;
            String content = cell.substring(start, lineEnd);
            Matcher magic = MAGIC.matcher(content);
            if (magic.matches()) {
                magics.add(new Magic(magic.group(1), magic.group(2).strip(), line));
                for (int i = start; i < lineEnd; i++) {
                    code.setCharAt(i, ' ');
                }
            } else if (!content.isBlank()) {
                break;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return new Parsed(List.copyOf(magics), code.toString());
    }
}
