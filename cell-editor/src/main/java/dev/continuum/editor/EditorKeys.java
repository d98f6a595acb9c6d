package dev.continuum.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.EventPattern.keyTyped;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.consumeWhen;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import dev.continuum.editor.highlight.Language;
import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The editing keys JupyterLab users expect: Enter keeps (and adjusts) indentation, Tab inserts
 * four spaces or indents the selected lines, Shift+Tab outdents, Backspace in leading spaces goes
 * back one indentation stop, and '}' typed on an empty line moves out one level. Only the bare keys
 * are taken: Shift+Enter, Ctrl+Enter and friends stay free for the notebook's run commands.
 */
final class EditorKeys {

    private final CodeArea area;
    private final Supplier<Language> language;
    private final Completion completion;

    private EditorKeys(CodeArea area, Supplier<Language> language, Completion completion) {
        this.area = area;
        this.language = language;
        this.completion = completion;
    }

    static void install(CodeArea area, Supplier<Language> language, Completion completion) {
        EditorKeys keys = new EditorKeys(area, language, completion);
        Nodes.addInputMap(area, sequence(
                consumeWhen(keyPressed(KeyCode.ENTER), area::isEditable, e -> keys.enter()),
                consumeWhen(keyPressed(KeyCode.TAB), area::isEditable, e -> keys.tab()),
                consumeWhen(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), area::isEditable, e -> keys.outdent()),
                consumeWhen(keyPressed(KeyCode.BACK_SPACE), keys::smartBackspaceApplies, e -> keys.smartBackspace()),
                consumeWhen(keyTyped("}"), keys::electricBraceApplies, e -> keys.electricBrace()),
                // Tab must never move focus out of the editor, even when read-only.
                consume(keyPressed(KeyCode.TAB, KeyCombination.SHORTCUT_ANY))));
    }

    private String lineBeforeCaret() {
        int paragraph = area.getCurrentParagraph();
        return area.getParagraph(paragraph).getText().substring(0, area.getCaretColumn());
    }

    private String lineAfterCaret() {
        int paragraph = area.getCurrentParagraph();
        return area.getParagraph(paragraph).getText().substring(area.getCaretColumn());
    }

    private void enter() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() > 0) {
            area.replaceSelection("");
        }
        Indentation.Insertion insertion = Indentation.onEnter(
                language.get(), lineBeforeCaret(), lineAfterCaret());
        int at = area.getCaretPosition();
        area.insertText(at, insertion.text());
        area.moveTo(at + insertion.caretOffset());
        area.requestFollowCaret();
    }

    private void tab() {
        IndexRange selection = area.getSelection();
        // After a name or a dot, Tab completes (as in JupyterLab); elsewhere it indents.
        String before = lineBeforeCaret();
        if (selection.getLength() == 0 && !before.isEmpty() && completion.available()
                && (Character.isJavaIdentifierPart(before.charAt(before.length() - 1)) || before.endsWith("."))) {
            completion.complete();
            return;
        }
        int firstParagraph = area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        int lastParagraph = area.offsetToPosition(selection.getEnd(), Bias.Backward).getMajor();
        if (selection.getLength() == 0 || firstParagraph == lastParagraph) {
            area.replaceSelection(Indentation.UNIT);
            return;
        }
        // Several lines selected: indent each of them, keeping them selected.
        for (int p = lastParagraph; p >= firstParagraph; p--) {
            area.insertText(p, 0, Indentation.UNIT);
        }
        area.selectRange(area.getAbsolutePosition(firstParagraph, 0),
                area.getAbsolutePosition(lastParagraph, area.getParagraphLength(lastParagraph)));
    }

    private void outdent() {
        IndexRange selection = area.getSelection();
        int firstParagraph = area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        int lastParagraph = selection.getLength() == 0 ? firstParagraph
                : area.offsetToPosition(selection.getEnd(), Bias.Backward).getMajor();
        for (int p = lastParagraph; p >= firstParagraph; p--) {
            int width = Indentation.outdentWidth(area.getParagraph(p).getText());
            if (width > 0) {
                int start = area.getAbsolutePosition(p, 0);
                area.deleteText(start, start + width);
            }
        }
    }

    private boolean smartBackspaceApplies() {
        return area.isEditable() && area.getSelection().getLength() == 0
                && Indentation.backspaceWidth(lineBeforeCaret()) > 1;
    }

    private void smartBackspace() {
        int caret = area.getCaretPosition();
        area.deleteText(caret - Indentation.backspaceWidth(lineBeforeCaret()), caret);
    }

    private boolean electricBraceApplies() {
        return area.isEditable() && language.get() == Language.JAVA && area.getSelection().getLength() == 0
                && Indentation.beforeClosingBrace(lineBeforeCaret(), lineAfterCaret()) != null;
    }

    private void electricBrace() {
        String indent = Indentation.beforeClosingBrace(lineBeforeCaret(), lineAfterCaret());
        int lineStart = area.getAbsolutePosition(area.getCurrentParagraph(), 0);
        area.replaceText(lineStart, area.getCaretPosition(), indent + "}");
    }
}
