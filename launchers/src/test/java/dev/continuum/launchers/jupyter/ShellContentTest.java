package dev.continuum.launchers.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.launchers.jupyter.wire.Json;
import dev.continuum.launchers.kernel.Completion;
import dev.continuum.launchers.kernel.IsComplete;
import org.junit.jupiter.api.Test;

class ShellContentTest {

    private static final String CODE = "s = '\uD83D\uDE00\uD83D\uDE00'; os.pa";

    @Test
    void theCursorIsSentInCodePointsAndReceivedBackAsAJavaIndex() throws Exception {
        int cursor = CODE.length();
        assertThat(ShellContent.complete(CODE, cursor).path("cursor_pos").asInt()).isEqualTo(cursor - 2);

        Completion completion = ShellContent.completion(CODE, cursor, Json.MAPPER.readTree(
                "{\"matches\": [\"path\", \"pardir\"], \"cursor_start\": " + (cursor - 4) + ", \"cursor_end\": " + (cursor - 2) + "}"));

        assertThat(completion.matches()).containsExactly("path", "pardir");
        assertThat(CODE.substring(completion.cursorStart(), completion.cursorEnd())).isEqualTo("pa");
    }

    @Test
    void aReplyWithoutCursorsReplacesNothing() throws Exception {
        Completion completion = ShellContent.completion(CODE, CODE.length(), Json.MAPPER.readTree("{\"matches\": []}"));

        assertThat(completion.cursorStart()).isEqualTo(CODE.length());
        assertThat(completion.cursorEnd()).isEqualTo(CODE.length());
    }

    @Test
    void anUnknownIsCompleteVerdictIsUnknown() throws Exception {
        assertThat(ShellContent.isCompleteVerdict(Json.MAPPER.readTree("{\"status\": \"maybe\"}")))
                .isEqualTo(new IsComplete(IsComplete.Status.UNKNOWN, ""));
        assertThat(ShellContent.isCompleteVerdict(Json.MAPPER.readTree("{\"status\": \"incomplete\", \"indent\": \"  \"}")))
                .isEqualTo(new IsComplete(IsComplete.Status.INCOMPLETE, "  "));
    }
}
