package dev.continuum.launchers.jshell;

import dev.continuum.launchers.jshell.agent.Display;
import java.util.Set;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/** Which cell results are worth showing as {@code display} shows them (images, HTML, Markdown) rather than as text. */
final class RichResults {

    /** What the session calls, fully qualified so a user's own {@code display} method does not get in the way. */
    static final String DISPLAY = Display.class.getName() + ".display";

    private static final Set<String> RICH_TYPES = Set.of("BufferedImage", "RenderedImage", "Html", "Markdown");

    private RichResults() {
    }

    /** The variable holding a rich result ({@code $3}, {@code image}), or null when the result is plain text. */
    static String variable(Snippet snippet) {
        String type;
        String name;
        if (snippet instanceof VarSnippet variable) {
            type = variable.typeName();
            name = variable.name();
        } else if (snippet instanceof ExpressionSnippet expression
                && (snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND
                || snippet.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND)) {
            type = expression.typeName();
            name = expression.name();
        } else {
            return null;
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return RICH_TYPES.contains(simple) ? name : null;
    }
}
