package dev.continuum.launchers.kernel;

import java.util.List;

/** Completions for the text between {@code cursorStart} and {@code cursorEnd}. */
public record Completion(List<String> matches, int cursorStart, int cursorEnd) {
}
