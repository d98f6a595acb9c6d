package dev.continuum.editor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import org.junit.jupiter.api.Test;

class MimeSelectionTest {

    private static MimeBundle bundle(String... mimeTypes) {
        JsonObject.Builder values = JsonObject.builder();
        for (String mime : mimeTypes) {
            values.put(mime, mime.equals("application/json") ? JsonObject.of("a", JsonValue.of(1)) : new JsonString("x"));
        }
        return new MimeBundle(values.build());
    }

    @Test
    void richestTypeWinsWhenTrusted() {
        assertThat(MimeSelection.choose(bundle("text/plain", "text/html", "image/png"), true)).contains("text/html");
        assertThat(MimeSelection.choose(bundle("text/plain", "image/svg+xml", "image/png"), true)).contains("image/svg+xml");
    }

    @Test
    void untrustedSkipsHtmlAndSvg() {
        assertThat(MimeSelection.choose(bundle("text/plain", "text/html"), false)).contains("text/plain");
        assertThat(MimeSelection.choose(bundle("image/svg+xml", "image/png"), false)).contains("image/png");
        assertThat(MimeSelection.choose(bundle("text/html"), false)).isEmpty();
    }

    @Test
    void orderBelowImages() {
        assertThat(MimeSelection.choose(bundle("text/plain", "text/latex", "text/markdown"), false)).contains("text/markdown");
        assertThat(MimeSelection.choose(bundle("text/plain", "text/latex"), false)).contains("text/latex");
        assertThat(MimeSelection.choose(bundle("text/plain", "application/json"), false)).contains("application/json");
        assertThat(MimeSelection.choose(bundle("application/vnd.custom"), true)).isEmpty();
    }

    @Test
    void imagesMustBeStrings() {
        MimeBundle bad = new MimeBundle(JsonObject.builder().put("image/png", JsonValue.of(1))
                .put("text/plain", new JsonString("fallback")).build());
        assertThat(MimeSelection.choose(bad, true)).contains("text/plain");
    }
}
