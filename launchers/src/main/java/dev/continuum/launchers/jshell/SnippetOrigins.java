package dev.continuum.launchers.jshell;

import java.util.HashMap;
import java.util.Map;

/**
 * Which cell (and which line of it) each JShell snippet came from, so a stack frame inside a
 * method defined three cells ago reads "line 2 of cell [3]" rather than JShell's {@code #12:2}.
 */
final class SnippetOrigins {

    /** {@code execution} is the session's own serial number, {@code count} the notebook's, when it had one. */
    private record Origin(long execution, Integer count, int firstLine) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    void record(String snippetId, long execution, Integer count, int firstLine) {
        origins.put(snippetId, new Origin(execution, count, firstLine));
    }

    /** How a stack frame reads for the user, with {@code execution} the one being reported. */
    String frame(StackTraceElement frame, long execution) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return "at " + frame;
        }
        String name = frame.getClassName().isEmpty()
                ? frame.getMethodName()
                : frame.getMethodName().isEmpty() ? frame.getClassName() : frame.getClassName() + "." + frame.getMethodName();
        Origin origin = origins.get(file.substring(1));
        String where;
        if (origin == null) {
            where = file + ":" + frame.getLineNumber();
        } else {
            int line = origin.firstLine() + frame.getLineNumber() - 1;
            if (origin.execution() == execution) {
                where = "line " + line + " of the cell";
            } else if (origin.count() != null) {
                where = "line " + line + " of cell [" + origin.count() + "]";
            } else {
                where = "line " + line + " of an earlier cell";
            }
        }
        return name.isEmpty() ? "at " + where : "at " + name + " (" + where + ")";
    }

    void clear() {
        origins.clear();
    }
}
