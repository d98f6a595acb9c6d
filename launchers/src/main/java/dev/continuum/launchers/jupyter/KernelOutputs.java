package dev.continuum.launchers.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.continuum.launchers.jupyter.wire.NotebookJson;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of iopub output messages as notebook outputs, the way nbformat stores them:
 * {@code transient} (the display id) is a property of the live display only and is not kept.
 */
final class KernelOutputs {

    private KernelOutputs() {
    }

    static StreamOutput stream(JsonNode content) {
        return new StreamOutput(content.path("name").asText(StreamOutput.STDOUT), content.path("text").asText(""));
    }

    /** {@code display_data} and {@code update_display_data}. */
    static DisplayDataOutput displayData(JsonNode content) {
        return new DisplayDataOutput(NotebookJson.mimeBundle(content.get("data")),
                NotebookJson.object(content.get("metadata")), JsonObject.EMPTY);
    }

    static ExecuteResultOutput executeResult(JsonNode content) {
        JsonNode count = content.get("execution_count");
        return new ExecuteResultOutput(count != null && count.isIntegralNumber() ? count.intValue() : null,
                NotebookJson.mimeBundle(content.get("data")), NotebookJson.object(content.get("metadata")),
                JsonObject.EMPTY);
    }

    /** {@code error} messages, and the error fields of a failed {@code execute_reply}. */
    static ErrorOutput error(JsonNode content) {
        List<String> traceback = new ArrayList<>();
        for (JsonNode line : content.path("traceback")) {
            traceback.add(line.asText());
        }
        return new ErrorOutput(content.path("ename").asText(""), content.path("evalue").asText(""), traceback);
    }

    /** The display id a display or update carries in {@code transient}, if any. */
    static Optional<String> displayId(JsonNode content) {
        JsonNode id = content.path("transient").get("display_id");
        return id != null && id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    }
}
