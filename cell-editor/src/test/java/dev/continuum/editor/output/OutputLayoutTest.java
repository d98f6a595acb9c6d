package dev.continuum.editor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLayoutTest {

    @Test
    void readsCollapsedAndScrolled() {
        assertThat(OutputLayout.of(JsonObject.EMPTY)).isEqualTo(new OutputLayout(false, OutputLayout.Scrolling.AUTO));
        assertThat(OutputLayout.of(null)).isEqualTo(new OutputLayout(false, OutputLayout.Scrolling.AUTO));
        assertThat(OutputLayout.of(JsonObject.builder().put("collapsed", JsonBoolean.TRUE)
                .put("scrolled", JsonBoolean.TRUE).build())).isEqualTo(new OutputLayout(true, OutputLayout.Scrolling.ALWAYS));
        assertThat(OutputLayout.of(JsonObject.of("scrolled", JsonBoolean.FALSE)).scrolling())
                .isEqualTo(OutputLayout.Scrolling.NEVER);
        assertThat(OutputLayout.of(JsonObject.of("scrolled", new JsonString("auto"))).scrolling())
                .isEqualTo(OutputLayout.Scrolling.AUTO);
        assertThat(OutputLayout.of(JsonObject.of("jupyter", JsonObject.of("outputs_hidden", JsonBoolean.TRUE))).collapsed())
                .isTrue();
    }

    @Test
    void autoScrollsOnlyPastOneHundredLines() {
        OutputLayout auto = OutputLayout.of(JsonObject.EMPTY);
        assertThat(auto.scrolls(100)).isFalse();
        assertThat(auto.scrolls(101)).isTrue();
        assertThat(OutputLayout.of(JsonObject.of("scrolled", JsonBoolean.FALSE)).scrolls(10_000)).isFalse();
        assertThat(OutputLayout.of(JsonObject.of("scrolled", JsonBoolean.TRUE)).scrolls(1)).isTrue();
    }

    @Test
    void streamsOfTheSameNameAreJoined() {
        List<dev.continuum.notebook.Output> merged = StreamMerging.merge(List.of(
                new StreamOutput("stdout", "10%\r"), new StreamOutput("stdout", "100%\n"),
                new StreamOutput("stderr", "warn\n"), new StreamOutput("stdout", "done\n")));
        assertThat(merged).containsExactly(new StreamOutput("stdout", "10%\r100%\n"),
                new StreamOutput("stderr", "warn\n"), new StreamOutput("stdout", "done\n"));
    }

    @Test
    void countsLinesOfTextOutputs() {
        assertThat(OutputArea.lineCount(List.of(new StreamOutput("stdout", "a\nb\n"), new StreamOutput("stderr", "c"))))
                .isEqualTo(3);
    }
}
