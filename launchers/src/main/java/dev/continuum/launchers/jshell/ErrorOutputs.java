package dev.continuum.launchers.jshell;

import dev.continuum.notebook.ErrorOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

/** The error outputs of Java cells, worded for someone who wrote the cell rather than for JShell's wrappers. */
final class ErrorOutputs {

    static final String COMPILATION_ERROR = "CompilationError";
    static final String INTERRUPTED = "Interrupted";

    /** One compiler error: where in the cell (-1 when the compiler gave no position) and its message. */
    record Problem(int offset, int fallbackLine, String message) {
    }

    /** JShell's wrapper names ({@code REPL.$JShell$12$Foo}) as the user wrote them ({@code Foo}). */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$\\d+[.$]|\\$JShell\\$\\d+[.$]");
    private static final Pattern NOISE = Pattern.compile("\\s*location: class\\s*");

    private ErrorOutputs() {
    }

    static ErrorOutput compilation(CellText cell, List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Problem problem : problems) {
            List<String> message = messageLines(problem.message());
            String headline = message.isEmpty() ? "the code was rejected" : message.get(0);
            first = first == null ? headline : first;
            int line = problem.offset() < 0 ? problem.fallbackLine() : cell.lineOf(anchor(cell, problem.offset()));
            lines.add("Error at line " + line + " of the cell: " + headline);
            lines.add(cell.line(line));
            if (problem.offset() >= 0) {
                lines.add(caret(cell.line(line), cell.columnOf(anchor(cell, problem.offset()))));
            }
            lines.addAll(message.subList(Math.min(1, message.size()), message.size()));
        }
        return new ErrorOutput(COMPILATION_ERROR, first == null ? "" : first, lines);
    }

    /** An exception thrown by the cell, with frames in the cell's own line numbers. */
    static ErrorOutput exception(JShellException exception, String message, SnippetOrigins origins, long execution) {
        String ename = className(exception);
        String evalue = clean(message == null ? "" : message);
        if (evalue.equals(ename)) {
            evalue = "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(evalue.isEmpty() ? ename : ename + ": " + evalue);
        frames(exception, origins, execution, lines);
        for (Throwable cause = exception.getCause(); cause instanceof JShellException jshell; cause = cause.getCause()) {
            String causeMessage = clean(jshell.getMessage() == null ? "" : jshell.getMessage());
            String causeName = className(jshell);
            lines.add("Caused by: " + (causeMessage.isEmpty() || causeMessage.equals(causeName)
                    ? causeName : causeName + ": " + causeMessage));
            frames(jshell, origins, execution, lines);
        }
        return new ErrorOutput(ename, evalue, lines);
    }

    /** A failure of the kernel itself while it ran a cell: the cell is not to blame, so the Java trace is shown. */
    static ErrorOutput internal(Throwable failure) {
        List<String> lines = new ArrayList<>();
        lines.add("The Java kernel failed while running this cell: " + failure);
        for (StackTraceElement frame : failure.getStackTrace()) {
            lines.add("\tat " + frame);
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            lines.add("Caused by: " + cause);
        }
        String message = failure.getMessage() != null ? failure.getMessage() : "";
        return new ErrorOutput(failure.getClass().getName(), message, lines);
    }

    static ErrorOutput interrupted() {
        String message = "the execution was interrupted";
        return new ErrorOutput(INTERRUPTED, message, List.of(INTERRUPTED + ": " + message));
    }

    /** A failure before any Java ran (a magic line): names the line and says what went wrong. */
    static ErrorOutput magic(String ename, String evalue, int line, String source, List<String> details) {
        List<String> lines = new ArrayList<>();
        lines.add("Error at line " + line + " of the cell: " + evalue);
        lines.add(source);
        lines.addAll(details);
        return new ErrorOutput(ename, evalue, lines);
    }

    static String clean(String text) {
        return WRAPPER.matcher(text).replaceAll("");
    }

    private static String className(JShellException exception) {
        return exception instanceof EvalException eval ? clean(eval.getExceptionClassName())
                : exception.getClass().getSimpleName();
    }

    private static void frames(Throwable exception, SnippetOrigins origins, long execution, List<String> lines) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            lines.add("\t" + origins.frame(frame, execution));
        }
    }

    private static List<String> messageLines(String message) {
        return clean(message).lines()
                .filter(line -> !NOISE.matcher(line).matches())
                .map(String::stripTrailing)
                .toList();
    }

    /** Errors reported past the end (a missing brace) point just after the last code instead. */
    private static int anchor(CellText cell, int offset) {
        String text = cell.text();
        if (offset < text.length()) {
            return offset;
        }
        return text.stripTrailing().length();
    }

    private static String caret(String line, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column && i < line.length(); i++) {
            caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }
}
