package dev.continuum.launchers.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.jupyter.wire.NotebookJson;
import dev.continuum.launchers.kernel.Completion;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.Inspection;
import dev.continuum.launchers.kernel.IsComplete;
import dev.continuum.launchers.kernel.KernelInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of shell and control requests, and their replies as the session's API types.
 * Cursor positions are Java string indices outside and code points on the wire (protocol 5.2+),
 * so an emoji before the cursor does not shift completions.
 */
final class ShellContent {

    private ShellContent() {
    }

    static ObjectNode execute(ExecuteRequest request) {
        ObjectNode content = JsonNodeFactory.instance.objectNode()
                .put("code", request.code())
                .put("silent", request.silent())
                .put("store_history", request.storeHistory())
                .put("allow_stdin", request.allowStdin())
                .put("stop_on_error", request.stopOnError());
        content.putObject("user_expressions");
        return content;
    }

    static ObjectNode complete(String code, int cursor) {
        return JsonNodeFactory.instance.objectNode().put("code", code).put("cursor_pos", code.codePointCount(0, cursor));
    }

    static Completion completion(String code, int cursor, JsonNode reply) {
        List<String> matches = new ArrayList<>();
        reply.path("matches").forEach(match -> matches.add(match.asText()));
        int cursorPoints = code.codePointCount(0, cursor);
        return new Completion(matches, charIndex(code, reply.path("cursor_start").asInt(cursorPoints)),
                charIndex(code, reply.path("cursor_end").asInt(cursorPoints)));
    }

    static ObjectNode inspect(String code, int cursor, int detailLevel) {
        return complete(code, cursor).put("detail_level", detailLevel);
    }

    static Inspection inspection(JsonNode reply) {
        return new Inspection(reply.path("found").asBoolean(false), NotebookJson.mimeBundle(reply.get("data")));
    }

    static ObjectNode isComplete(String code) {
        return JsonNodeFactory.instance.objectNode().put("code", code);
    }

    static IsComplete isCompleteVerdict(JsonNode reply) {
        IsComplete.Status status = switch (reply.path("status").asText("unknown")) {
            case "complete" -> IsComplete.Status.COMPLETE;
            case "incomplete" -> IsComplete.Status.INCOMPLETE;
            case "invalid" -> IsComplete.Status.INVALID;
            default -> IsComplete.Status.UNKNOWN;
        };
        return new IsComplete(status, reply.path("indent").asText(""));
    }

    static KernelInfo kernelInfo(JsonNode reply) {
        JsonNode language = reply.path("language_info");
        return new KernelInfo(reply.path("implementation").asText(""), reply.path("implementation_version").asText(""),
                language.path("name").asText(""), language.path("version").asText(""),
                language.path("file_extension").asText(""), reply.path("banner").asText(""));
    }

    static ObjectNode shutdown(boolean restart) {
        return JsonNodeFactory.instance.objectNode().put("restart", restart);
    }

    static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A code-point offset from the kernel as an index into {@code code}. */
    private static int charIndex(String code, int codePoints) {
        int clamped = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, clamped);
    }
}
