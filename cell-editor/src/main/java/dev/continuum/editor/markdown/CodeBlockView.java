package dev.continuum.editor.markdown;

import dev.continuum.editor.fx.Monospace;
import dev.continuum.editor.highlight.Highlighter;
import dev.continuum.editor.highlight.Highlighters;
import dev.continuum.editor.highlight.Language;
import dev.continuum.editor.highlight.Token;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A fenced or indented code block: monospace, coloured with the editor's highlighter when the
 * fence names Java or Python, so code in prose looks like code in cells.
 */
final class CodeBlockView {

    private CodeBlockView() {
    }

    static Node create(String code, String info) {
        String source = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        String language = info == null || info.isBlank() ? "" : info.strip().split("\\s+", 2)[0];
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(texts(source, Highlighters.forLanguage(language)));
        flow.getStyleClass().add("md-code-text-flow");
        StackPane box = new StackPane(flow);
        box.getStyleClass().addAll("md-code-block", "syntax");
        if (Language.of(language) != Language.OTHER) {
            box.getStyleClass().add("language-" + Language.of(language).name().toLowerCase(java.util.Locale.ROOT));
        }
        box.setStyle(Monospace.style());
        return box;
    }

    private static List<Text> texts(String source, Highlighter highlighter) {
        List<Text> texts = new ArrayList<>();
        int position = 0;
        for (Token token : highlighter.tokenize(source)) {
            if (token.start() > position) {
                texts.add(text(source.substring(position, token.start()), "plain"));
            }
            texts.add(text(source.substring(token.start(), token.end()), token.kind().styleClass()));
            position = token.end();
        }
        if (position < source.length() || texts.isEmpty()) {
            texts.add(text(source.substring(position), "plain"));
        }
        return texts;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().addAll("md-code-text", styleClass);
        return text;
    }
}
