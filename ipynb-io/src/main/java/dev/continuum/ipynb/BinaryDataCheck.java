package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary output data (PNG, JPEG, ...) is base64 text in a notebook. The schema cannot check it;
 * we do, so a broken image is named in {@code validate} rather than failing when it is shown.
 * Line breaks inside the text are allowed, as Jupyter has written them.
 */
final class BinaryDataCheck {

    private BinaryDataCheck() {
    }

    static List<Problem> check(JsonNode nb) {
        List<Problem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : nb.path("cells")) {
            String cellPath = "$.cells[" + index + "]";
            String id = NbformatConversions.text(cell.get("id"));
            int o = 0;
            for (JsonNode output : cell.path("outputs")) {
                checkBundle(output.get("data"), cellPath + ".outputs[" + o++ + "].data", index, id, problems);
            }
            var attachments = cell.path("attachments").properties();
            for (var attachment : attachments) {
                checkBundle(attachment.getValue(), JsonPaths.field(cellPath + ".attachments", attachment.getKey()), index, id, problems);
            }
            index++;
        }
        return problems;
    }

    private static void checkBundle(JsonNode data, String path, int cell, String id, List<Problem> problems) {
        if (data == null || !data.isObject()) {
            return;
        }
        for (var entry : data.properties()) {
            if (isBase64Mime(entry.getKey()) && entry.getValue().isTextual() && !isBase64(entry.getValue().textValue())) {
                problems.add(Problem.error(JsonPaths.field(path, entry.getKey()),
                        "not valid base64: " + entry.getKey() + " data must be base64-encoded").inCell(cell, id));
            }
        }
    }

    /** Images and other binary types; SVG is text. */
    private static boolean isBase64Mime(String mime) {
        return (mime.startsWith("image/") && !mime.equals("image/svg+xml")) || mime.equals("application/pdf");
    }

    /**
     * Decoding is the check: the JDK's decoder is vectorised and rejects anything outside the
     * alphabet or badly padded. Line breaks (Jupyter once wrote base64 in lines) are removed first.
     */
    static boolean isBase64(String text) {
        String compact = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? text.replace("\n", "").replace("\r", "")
                : text;
        byte[] source = compact.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (source.length % 4 != 0) {
            return false;
        }
        try {
            java.util.Base64.getDecoder().decode(source, new byte[source.length / 4 * 3]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
