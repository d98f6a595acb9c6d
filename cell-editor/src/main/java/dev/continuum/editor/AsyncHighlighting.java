package dev.continuum.editor;

import dev.continuum.editor.fx.EditorThreads;
import dev.continuum.editor.highlight.Highlighter;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.EventSource;
import org.reactfx.EventStream;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * Keeps a code area highlighted without blocking typing (RichTextFX's JavaKeywordsAsyncDemo): when
 * typing pauses, snapshot the text on the FX thread, compute the spans on the background executor,
 * and apply them on the FX thread only if the text is still the one that was highlighted. A newer
 * edit cancels waiting for an older result ({@code awaitLatest}).
 */
final class AsyncHighlighting {

    static final Duration PAUSE = Duration.ofMillis(80);

    private final CodeArea area;
    private final Executor background;
    private final Runnable afterApply;
    private final EventSource<Object> immediate = new EventSource<>();
    private final Subscription subscription;
    private Highlighter highlighter;

    /** @param afterApply runs on the FX thread after new spans were applied (bracket marks go on top) */
    AsyncHighlighting(CodeArea area, Highlighter highlighter, Executor background, Runnable afterApply) {
        this.area = area;
        this.highlighter = highlighter;
        this.background = background;
        this.afterApply = afterApply;
        EventStream<?> edits = area.multiPlainChanges();
        this.subscription = EventStreams.<Object>merge(edits.successionEnds(PAUSE), immediate)
                .supplyCompletionStage(this::computeInBackground)
                .awaitLatest(edits, EditorThreads.fx())
                .subscribe(result -> result.ifSuccess(this::apply));
    }

    /** Uses {@code newHighlighter} from now on and re-highlights without waiting for a pause. */
    void setHighlighter(Highlighter newHighlighter) {
        this.highlighter = newHighlighter;
        immediate.push(Boolean.TRUE);
    }

    /** Highlights the current text now, e.g. after the whole text was replaced from the model. */
    void refresh() {
        immediate.push(Boolean.TRUE);
    }

    void stop() {
        subscription.unsubscribe();
    }

    private CompletionStage<Highlighted> computeInBackground() {
        String text = area.getText();
        Highlighter current = highlighter;
        return CompletableFuture.supplyAsync(() -> new Highlighted(text, current.highlight(text)), background);
    }

    private void apply(Highlighted result) {
        // The text may have changed between the snapshot and now (an edit during the computation
        // whose own run is still pending): stale spans would colour the wrong characters.
        if (!area.getText().equals(result.text())) {
            return;
        }
        area.setStyleSpans(0, result.spans());
        afterApply.run();
    }

    private record Highlighted(String text, StyleSpans<Collection<String>> spans) {
    }
}
