package dev.continuum.editor.completion;

import java.util.concurrent.CompletableFuture;

/** Where Tab completion asks (a kernel): suggestions for the editor's text at the caret, on any thread. */
@FunctionalInterface
public interface CompletionSource {

    CompletableFuture<Suggestions> suggest(String text, int caret);
}
