package dev.continuum.launchers.jshell;

import dev.continuum.launchers.kernel.KernelDiedException;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.StreamOutput;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs one Java cell: its magic lines first, then its snippets in order, stopping at the first
 * that fails. Reports the value of a last expression, or the error in the cell's own lines.
 */
final class CellRunner {

    /** How a cell ended: its last expression's value (as MIME data), or its error. */
    record Outcome(Optional<MimeBundle> value, Optional<ErrorOutput> error) {

        static Outcome value(MimeBundle value) {
            return new Outcome(Optional.ofNullable(value), Optional.empty());
        }

        static Outcome error(ErrorOutput error) {
            return new Outcome(Optional.empty(), Optional.of(error));
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s" + Pattern.quote(File.pathSeparator) + "]+");

    private final AgentKernel kernel;
    private final SnippetOrigins origins;
    private final MavenArtifacts maven;
    private final BooleanSupplier interrupted;
    private final OutputRouter router;

    /** {@code router} takes warnings for stderr (a method that cannot be called yet) and rich results. */
    CellRunner(AgentKernel kernel, SnippetOrigins origins, MavenArtifacts maven, BooleanSupplier interrupted,
               OutputRouter router) {
        this.kernel = kernel;
        this.origins = origins;
        this.maven = maven;
        this.interrupted = interrupted;
        this.router = router;
    }

    /** Runs {@code cell}; {@code execution} is the session's serial, {@code count} the notebook's (null if none). */
    Outcome run(String cell, long execution, Integer count) {
        CellText text = new CellText(cell);
        Magics.Parsed parsed = Magics.parse(cell);
        for (Magics.Magic magic : parsed.magics()) {
            Optional<ErrorOutput> failure = apply(magic, text);
            if (failure.isPresent()) {
                return Outcome.error(failure.get());
            }
        }
        JShell jshell = kernel.jshell();
        SnippetEvent valued = null;
        for (SnippetSpan span : SnippetSpan.split(jshell.sourceCodeAnalysis(), parsed.code())) {
            if (interrupted.getAsBoolean()) {
                return Outcome.error(ErrorOutputs.interrupted());
            }
            List<SnippetEvent> events = jshell.eval(span.source());
            checkAlive();
            valued = null;
            for (SnippetEvent event : events) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                Snippet snippet = event.snippet();
                origins.record(snippet.id(), execution, count, text.lineOf(span.start()));
                if (kernel.takeStopped()) {
                    return Outcome.error(ErrorOutputs.interrupted());
                }
                if (event.status() == Snippet.Status.REJECTED) {
                    return Outcome.error(ErrorOutputs.compilation(text, problems(jshell, snippet, span, text)));
                }
                if (event.exception() != null) {
                    return Outcome.error(ErrorOutputs.exception(event.exception(), message(jshell, event.exception()),
                            origins, execution));
                }
                noteUnresolved(jshell, event);
                valued = hasValue(snippet) ? event : null;
                if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    kernel.keepResult(snippet);
                }
            }
        }
        return Outcome.value(valued == null ? null : result(jshell, valued));
    }

    /**
     * The cell's result: JShell's text of the value, or, for an image, HTML or Markdown held in a
     * variable, what {@code display} makes of it, so a cell ending in {@code image} shows the image.
     */
    private MimeBundle result(JShell jshell, SnippetEvent event) {
        MimeBundle text = MimeBundle.ofText("text/plain", event.value() == null ? "null" : event.value());
        String variable = RichResults.variable(event.snippet());
        if (variable == null || interrupted.getAsBoolean()) {
            return text;
        }
        List<MimeBundle> shown = new ArrayList<>();
        router.captureDisplays(shown::add);
        try {
            for (SnippetEvent hidden : jshell.eval(RichResults.DISPLAY + "(" + variable + ");")) {
                if (hidden.causeSnippet() == null) {
                    jshell.drop(hidden.snippet());
                }
            }
        } finally {
            router.captureDisplays(null);
        }
        checkAlive();
        kernel.takeStopped();
        return shown.size() == 1 ? shown.get(0) : text;
    }

    private void checkAlive() {
        if (!kernel.usable()) {
            throw new KernelDiedException(kernel.endMessage());
        }
    }

    /** An expression's value is the cell's result; a declaration's ({@code int x = 1}) is not, as in IPython. */
    private static boolean hasValue(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private static List<ErrorOutputs.Problem> problems(JShell jshell, Snippet snippet, SnippetSpan span, CellText text) {
        List<ErrorOutputs.Problem> problems = new ArrayList<>();
        int firstLine = text.lineOf(span.start());
        for (Diag diag : jshell.diagnostics(snippet).filter(Diag::isError).toList()) {
            long position = diag.getPosition();
            int offset = position == Diag.NOPOS ? -1 : span.start() + (int) position;
            problems.add(new ErrorOutputs.Problem(offset, firstLine, diag.getMessage(null)));
        }
        if (problems.isEmpty()) {
            problems.add(new ErrorOutputs.Problem(-1, firstLine, "JShell rejected this code"));
        }
        return problems;
    }

    private static String message(JShell jshell, JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            DeclarationSnippet snippet = unresolved.getSnippet();
            String missing = jshell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
            return describe(snippet) + " cannot be used until " + (missing.isEmpty() ? "its errors are fixed" : missing
                    + " is declared");
        }
        return exception instanceof EvalException ? exception.getMessage() : exception.toString();
    }

    private void noteUnresolved(JShell jshell, SnippetEvent event) {
        if (event.snippet() instanceof DeclarationSnippet snippet
                && (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
            String missing = jshell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                router.text(StreamOutput.STDERR, "Note: " + describe(snippet) + " cannot be used until " + missing + " is declared\n");
            }
        }
    }

    private static String describe(DeclarationSnippet snippet) {
        if (snippet instanceof MethodSnippet method) {
            return "method " + method.name() + "(" + method.parameterTypes() + ")";
        }
        if (snippet instanceof VarSnippet variable) {
            return "variable " + variable.name();
        }
        if (snippet instanceof TypeDeclSnippet type) {
            return "type " + type.name();
        }
        return snippet.name();
    }

    private Optional<ErrorOutput> apply(Magics.Magic magic, CellText text) {
        String source = text.line(magic.line());
        return switch (magic.name()) {
            case "maven" -> maven(magic, source);
            case "classpath" -> classpath(magic, source);
            default -> Optional.of(ErrorOutputs.magic("UnknownMagic", "unknown magic %" + magic.name(), magic.line(),
                    source, List.of("Java cells know %maven group:artifact:version and %classpath path")));
        };
    }

    private Optional<ErrorOutput> maven(Magics.Magic magic, String source) {
        if (magic.argument().isBlank()) {
            return Optional.of(ErrorOutputs.magic("MavenResolutionError", "%maven needs a coordinate", magic.line(),
                    source, List.of("e.g. %maven org.apache.commons:commons-lang3:3.17.0")));
        }
        for (String coordinate : magic.argument().split("\\s+")) {
            try {
                for (Path jar : maven.resolve(coordinate)) {
                    kernel.addToClasspath(jar);
                }
            } catch (MavenArtifacts.ResolutionFailure failure) {
                return Optional.of(ErrorOutputs.magic("MavenResolutionError", failure.getMessage(), magic.line(),
                        source, failure.reasons()));
            }
            checkAlive();
        }
        return Optional.empty();
    }

    private Optional<ErrorOutput> classpath(Magics.Magic magic, String source) {
        List<Path> entries = new ArrayList<>();
        for (String entry : SEPARATORS.split(magic.argument())) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("*")) {
                Path folder = Path.of(entry.substring(0, entry.length() - 1));
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.{jar,JAR}")) {
                    jars.forEach(entries::add);
                } catch (IOException e) {
                    return Optional.of(ErrorOutputs.magic("ClassPathError", "cannot list " + folder, magic.line(),
                            source, List.of(e.toString())));
                }
            } else if (Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry));
            } else {
                return Optional.of(ErrorOutputs.magic("ClassPathError", "no such file or folder: " + entry,
                        magic.line(), source, List.of()));
            }
        }
        if (entries.isEmpty()) {
            return Optional.of(ErrorOutputs.magic("ClassPathError", "%classpath needs a jar or folder", magic.line(),
                    source, List.of()));
        }
        entries.forEach(kernel::addToClasspath);
        return Optional.empty();
    }
}
