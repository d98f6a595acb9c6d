package dev.continuum.launchers.jshell.agent;

import java.util.Objects;

/** Markdown a cell wants shown rendered: {@code display(markdown("# Title"))}. */
public record Markdown(String markdown) {

    public Markdown {
        Objects.requireNonNull(markdown, "markdown");
    }

    @Override
    public String toString() {
        return markdown;
    }
}
