package dev.continuum.launchers.jshell.agent;

import java.util.Objects;

/** HTML a cell wants shown rendered: {@code display(html("<b>bold</b>"))}. */
public record Html(String html) {

    public Html {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return html;
    }
}
